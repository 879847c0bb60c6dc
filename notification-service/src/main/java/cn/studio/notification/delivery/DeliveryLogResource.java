package cn.studio.notification.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every notice and every attempt to deliver it, searchable by union-admin. */
@Path("/api/v1/notifications/deliveries")
@Tag(name = "notifications", description = "通知")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("union-admin")
public class DeliveryLogResource {
    @Inject
    EntityManager em;

    public record Attempt(int attempt, Instant startedAt, Instant finishedAt, String outcome, String providerId, String error) {
    }

    public record Delivery(UUID id, String eventId, String eventType, String recipient, String recipientName,
                           String channel, String address, String subject, String status, int attempts,
                           Instant nextAttemptAt, String providerId, String lastError, Instant createdAt, Instant sentAt,
                           UUID fallbackOf, List<Attempt> attemptLog) {
    }

    @GET
    @Transactional
    @Operation(summary = "投递记录 / deliveries by event, recipient, channel, status")
    public List<Delivery> search(@QueryParam("eventId") String eventId, @QueryParam("recipient") String recipient,
                                 @QueryParam("channel") String channel, @QueryParam("status") String status,
                                 @QueryParam("limit") @DefaultValue("100") int limit) {
        StringBuilder where = new StringBuilder("where channel <> 'INBOX'");
        Map<String, Object> params = new LinkedHashMap<>();
        if (eventId != null) {
            where.append(" and event_id = :eventId");
            params.put("eventId", eventId);
        }
        if (recipient != null) {
            where.append(" and (recipient = :recipient or address = :recipient)");
            params.put("recipient", recipient);
        }
        if (channel != null) {
            where.append(" and channel = :channel");
            params.put("channel", channel);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        Query q = em.createNativeQuery("select id, event_id, event_type, recipient, recipient_name, channel, address, subject, status, "
                + "attempts, next_attempt_at, provider_id, last_error, created_at, sent_at, fallback_of from notification "
                + where + " order by created_at desc limit :limit");
        params.forEach(q::setParameter);
        q.setParameter("limit", Math.max(1, Math.min(limit, 1000)));
        List<Delivery> result = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            UUID id = (UUID) r[0];
            result.add(new Delivery(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8], ((Number) r[9]).intValue(), time(r[10]), (String) r[11],
                    (String) r[12], time(r[13]), time(r[14]), (UUID) r[15], attempts(id)));
        }
        return result;
    }

    private List<Attempt> attempts(UUID id) {
        List<Attempt> list = new ArrayList<>();
        for (Object o : em.createNativeQuery("select attempt, started_at, finished_at, outcome, provider_id, error "
                + "from delivery_attempt where notification_id = ?1 order by attempt").setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) o;
            list.add(new Attempt(((Number) r[0]).intValue(), time(r[1]), time(r[2]), (String) r[3], (String) r[4], (String) r[5]));
        }
        return list;
    }

    private static Instant time(Object value) {
        return cn.studio.notification.notification.Timestamps.instant(value);
    }
}
