package cn.studio.notification.event;

import cn.studio.notification.notification.Category;
import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.QuietHours;
import cn.studio.notification.notification.Templates;
import cn.studio.notification.preference.PreferenceService;
import cn.studio.notification.recipient.Directory;
import cn.studio.notification.recipient.Recipient;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import cn.studio.notification.delivery.NotificationsPlanned;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides who hears of an event and on which channels, and records one notification per (event, recipient, channel).
 * The unique key makes this idempotent: a redelivered event, or one read by two instances, adds nothing.
 */
@ApplicationScoped
public class NotificationPlanner {
    private static final Logger LOG = Logger.getLogger(NotificationPlanner.class);

    @Inject
    Directory directory;

    @Inject
    Templates templates;

    @Inject
    PreferenceService preferences;

    @Inject
    QuietHours quietHours;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<NotificationsPlanned> planned;

    /** @return how many notifications were newly recorded */
    @Transactional
    public int plan(String eventId, String type, JsonNode data) {
        if (!templates.knows(type)) {
            LOG.infof("event %s of type %s is not notified; skipped", eventId, type);
            return 0;
        }
        int created = 0;
        Instant now = clock.instant();
        for (Recipient r : recipients(type, data)) {
            Templates.Rendered text = templates.render(type, data, r).orElseThrow();
            Category category = Category.of(type);
            if (r.isUser()) {
                created += insert(eventId, type, category, r, Channel.INBOX, r.username(), text, now);
            }
            if (r.email() != null && preferences.wants(r.username(), category, Channel.EMAIL)) {
                created += insert(eventId, type, category, r, Channel.EMAIL, r.email(), text, now);
            }
            if (r.phone() != null && preferences.wants(r.username(), category, Channel.SMS)) {
                created += insert(eventId, type, category, r, Channel.SMS, r.phone(), text, quietHours.nextAllowed(now));
            }
        }
        if (created > 0) {
            planned.fire(new NotificationsPlanned(eventId, created));
        }
        return created;
    }

    List<Recipient> recipients(String type, JsonNode data) {
        JsonNode app = data.path("application");
        Map<String, Recipient> byKey = new LinkedHashMap<>();
        switch (type) {
            case "application.submitted" -> add(byKey, directory.withRole("recommender", required(app, "recommenderOrgId")));
            case "application.returned", "application.screened" -> {
                add(byKey, directory.withRole("applicant", required(app, "applicantOrgId")));
                add(byKey, List.of(Recipient.contact(text(app, "contactName"), text(app, "contactEmail"), text(app, "contactPhone"))));
            }
            case "application.endorsed" -> add(byKey, directory.withRole("applicant", required(app, "applicantOrgId")));
            case "campaign.opened" -> add(byKey, directory.withRole("applicant", null));
            case "campaign.deadline-approaching" -> {
                for (JsonNode unit : data.path("units")) {
                    add(byKey, directory.withRole("applicant", required(unit, "orgId")));
                    add(byKey, List.of(Recipient.contact(text(unit, "contactName"), null, text(unit, "contactPhone"))));
                }
            }
            default -> {
                return List.of();
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static void add(Map<String, Recipient> byKey, List<Recipient> recipients) {
        for (Recipient r : recipients) {
            if (r.isUser() || r.email() != null || r.phone() != null) {
                byKey.putIfAbsent(r.username(), r);
            }
        }
    }

    private int insert(String eventId, String type, Category category, Recipient r, Channel channel, String address,
                       Templates.Rendered text, Instant due) {
        return em.createNativeQuery("insert into notification (id, event_id, event_type, category, recipient, recipient_name, "
                        + "channel, address, subject, body_text, body_html, status, next_attempt_at, created_at, fallback_address) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
                        + "on conflict (event_id, recipient, channel) do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, eventId).setParameter(3, type)
                .setParameter(4, category.name()).setParameter(5, r.username()).setParameter(6, r.displayName())
                .setParameter(7, channel.name()).setParameter(8, address).setParameter(9, text.subject())
                .setParameter(10, channel == Channel.SMS ? text.sms() : text.text())
                .setParameter(11, channel == Channel.INBOX ? null : text.html())
                .setParameter(12, channel == Channel.INBOX ? "SENT" : "PENDING")
                .setParameter(13, due).setParameter(14, clock.instant())
                .setParameter(15, channel == Channel.SMS ? r.email() : null)
                .executeUpdate();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new PoisonEventException("the event lacks " + field, null);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
