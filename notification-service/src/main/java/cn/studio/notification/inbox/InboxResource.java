package cn.studio.notification.inbox;

import cn.studio.notification.notification.Timestamps;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Each user's own notices in the system (站内消息), whatever the other channels did. */
@Path("/api/v1/notifications/inbox")
@Tag(name = "notifications", description = "通知")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class InboxResource {
    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public record Item(UUID id, String eventType, String category, String subject, String text, Instant createdAt,
                       Instant readAt) {
    }

    public record Count(long unread) {
    }

    @GET
    @Transactional
    @Operation(summary = "我的消息 / the caller's notices, newest first")
    public List<Item> list(@QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
                           @QueryParam("limit") @DefaultValue("50") int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, event_type, category, subject, body_text, created_at, read_at "
                        + "from notification where channel = 'INBOX' and recipient = ?1 "
                        + (unreadOnly ? "and read_at is null " : "") + "order by created_at desc limit ?2")
                .setParameter(1, caller.username()).setParameter(2, Math.max(1, Math.min(limit, 200))).getResultList();
        return rows.stream().map(r -> new Item((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                Timestamps.instant(r[5]), Timestamps.instant(r[6]))).toList();
    }

    @GET
    @Path("unread-count")
    @Transactional
    public Count unread() {
        Number n = (Number) em.createNativeQuery("select count(*) from notification where channel = 'INBOX' and recipient = ?1 and read_at is null")
                .setParameter(1, caller.username()).getSingleResult();
        return new Count(n.longValue());
    }

    @POST
    @Path("{id}/read")
    @Transactional
    public Count markRead(@PathParam("id") UUID id) {
        int updated = em.createNativeQuery("update notification set read_at = coalesce(read_at, now()) where id = ?1 and channel = 'INBOX' and recipient = ?2")
                .setParameter(1, id).setParameter(2, caller.username()).executeUpdate();
        if (updated == 0) {
            throw ProblemException.notFound("消息");
        }
        return unread();
    }

    @POST
    @Path("read-all")
    @Transactional
    public Count markAllRead() {
        em.createNativeQuery("update notification set read_at = now() where channel = 'INBOX' and recipient = ?1 and read_at is null")
                .setParameter(1, caller.username()).executeUpdate();
        return unread();
    }
}
