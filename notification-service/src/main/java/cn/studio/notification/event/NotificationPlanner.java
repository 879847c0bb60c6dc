package cn.studio.notification.event;

import cn.studio.notification.delivery.NotificationsPlanned;
import cn.studio.notification.notification.Category;
import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.Notification;
import cn.studio.notification.notification.NotificationStore;
import cn.studio.notification.notification.QuietHours;
import cn.studio.notification.notification.Templates;
import cn.studio.notification.preference.PreferenceService;
import cn.studio.notification.recipient.Recipient;
import cn.studio.platform.events.CloudEvent;
import cn.studio.platform.inbox.EventHandler;
import cn.studio.platform.inbox.PoisonEventException;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides who hears of an event and on which channels, and records one notification per (event, recipient, channel)
 * in the platform inbox's transaction. The store skips what exists, so a redelivered event adds nothing.
 */
@ApplicationScoped
public class NotificationPlanner implements EventHandler {
    private static final Logger LOG = Logger.getLogger(NotificationPlanner.class);

    @Inject
    RecipientRouting routing;

    @Inject
    Templates templates;

    @Inject
    PreferenceService preferences;

    @Inject
    QuietHours quietHours;

    @Inject
    NotificationStore store;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationsPlanned> planned;

    @Override
    public void handle(CloudEvent event) {
        plan(event);
    }

    /** @return how many notifications were newly recorded */
    int plan(CloudEvent event) {
        String type = event.type();
        Templates.Renderer renderer = templates.forEvent(type, event.data()).orElse(null);
        if (renderer == null) {
            LOG.debugf("event %s of type %s is not notified; skipped", event.id(), type);
            return 0;
        }
        List<Recipient> recipients = routing.recipients(type, event.data());
        Category category = Category.of(type);
        PreferenceService.Refusals refusals = preferences.refusals(
                recipients.stream().filter(Recipient::isUser).map(Recipient::username).toList(), category);
        Instant now = clock.instant();
        Instant smsDue = quietHours.nextAllowed(now);
        List<Notification> notices = new ArrayList<>();
        for (Recipient r : recipients) {
            Templates.Rendered text;
            try {
                text = renderer.render(r);
            } catch (TemplateException e) {
                throw new PoisonEventException("event " + event.id() + " (" + type + ") cannot be rendered: " + e.getMessage(), e);
            }
            if (r.isUser()) {
                notices.add(notice(event, r, Channel.INBOX, r.username(), text.text(), text, now, now));
            }
            if (r.email() != null && refusals.wants(r.username(), Channel.EMAIL)) {
                notices.add(notice(event, r, Channel.EMAIL, r.email(), text.text(), text, now, now));
            }
            if (r.phone() != null && refusals.wants(r.username(), Channel.SMS)) {
                notices.add(notice(event, r, Channel.SMS, r.phone(), text.sms(), text, smsDue, now));
            }
        }
        int created = store.plan(notices);
        if (created > 0) {
            planned.fire(new NotificationsPlanned(event.id(), created));
        }
        return created;
    }

    private static Notification notice(CloudEvent event, Recipient r, Channel channel, String address, String body,
                                       Templates.Rendered text, Instant due, Instant now) {
        return Notification.planned(event.id(), event.type(), r.username(), r.displayName(), channel, address,
                text.subject(), body, text.html(), due, now, r.email());
    }
}
