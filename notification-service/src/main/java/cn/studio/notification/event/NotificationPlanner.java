package cn.studio.notification.event;

import cn.studio.notification.delivery.Dispatcher;
import cn.studio.notification.delivery.NotificationsPlanned;
import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.Claim;
import cn.studio.notification.notification.Notification;
import cn.studio.notification.notification.NotificationStore;
import cn.studio.notification.notification.QuietHours;
import cn.studio.notification.notification.Templates;
import cn.studio.notification.recipient.Recipient;
import cn.studio.platform.events.CloudEvent;
import cn.studio.platform.inbox.EventHandler;
import cn.studio.platform.inbox.PoisonEventException;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Decides who hears of an event and on which channels, and records one notification per (event, recipient, channel)
 * in the platform inbox's transaction. The store skips what exists, so a redelivered event adds nothing. The notices
 * of all the events of one transaction (the inbox's poll) are recorded together, in one statement just before it
 * commits: a poll of many events costs one plan statement, not one per event, so a consumer that fell behind catches
 * up instead of holding every event of its poll back for the slowest of them. What the senders can take at once goes
 * to them as the poll commits, leased to this instance in the same statement (the dispatcher claims the rest).
 */
@ApplicationScoped
public class NotificationPlanner implements EventHandler {
    private static final Logger LOG = Logger.getLogger(NotificationPlanner.class);

    @Inject
    RecipientRouting routing;

    @Inject
    Templates templates;

    @Inject
    QuietHours quietHours;

    @Inject
    NotificationStore store;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationsPlanned> planned;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    Dispatcher dispatcher;

    @Override
    public void handle(CloudEvent event) {
        List<Notification> notices = plan(event);
        if (!notices.isEmpty()) {
            pending().notices.addAll(notices);
            planned.fire(new NotificationsPlanned(event.id(), notices.size()));
        }
    }

    /** This transaction's notices, recorded by one statement before it commits. */
    private PendingPlan pending() {
        PendingPlan plan = (PendingPlan) transaction.getResource(PendingPlan.class);
        if (plan == null) {
            plan = new PendingPlan(store, dispatcher, clock);
            transaction.putResource(PendingPlan.class, plan);
            transaction.registerInterposedSynchronization(plan);
        }
        return plan;
    }

    /** The notices an event calls for (not yet recorded); empty when its type is not notified. */
    List<Notification> plan(CloudEvent event) {
        String type = event.type();
        Templates.Renderer renderer = templates.forEvent(type, event.data()).orElse(null);
        if (renderer == null) {
            LOG.debugf("event %s of type %s is not notified; skipped", event.id(), type);
            return List.of();
        }
        List<Recipient> recipients = routing.recipients(type, event.data());
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
            // a channel the recipient turned off for this category is dropped by the store, in the plan's statement
            if (r.email() != null) {
                notices.add(notice(event, r, Channel.EMAIL, r.email(), text.text(), text, now, now));
            }
            if (r.phone() != null) {
                notices.add(notice(event, r, Channel.SMS, r.phone(), text.sms(), text, smsDue, now));
            }
        }
        return notices;
    }

    /**
     * A transaction's notices, written just before it commits (after every event of the poll was handled and marked).
     * As many as the senders can take at once, due now, are written leased to this instance and handed to the senders
     * when the transaction commits; the others wait for the dispatcher's claim. A failure here rolls the poll back, and
     * the inbox then takes its events one by one.
     */
    private static final class PendingPlan implements Synchronization {
        private final NotificationStore store;
        private final Dispatcher dispatcher;
        private final Clock clock;
        private final List<Notification> notices = new ArrayList<>();
        private List<Claim> adopted = List.of();

        PendingPlan(NotificationStore store, Dispatcher dispatcher, Clock clock) {
            this.store = store;
            this.dispatcher = dispatcher;
            this.clock = clock;
        }

        @Override
        public void beforeCompletion() {
            Instant now = clock.instant();
            int room = dispatcher.room();
            List<Notification> rows = new ArrayList<>(notices.size());
            List<Notification> leased = new ArrayList<>();
            for (Notification n : notices) {
                if (room > 0 && n.status() == Notification.Status.PENDING && !n.nextAttemptAt().isAfter(now)) {
                    Notification sending = n.sending();
                    rows.add(sending);
                    leased.add(sending);
                    room--;
                } else {
                    rows.add(n);
                }
            }
            Set<UUID> inserted = new HashSet<>(store.plan(rows, dispatcher.leaseFrom(now)));
            adopted = leased.stream().filter(n -> inserted.contains(n.id())).map(Claim::first).toList();
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && !adopted.isEmpty()) {
                dispatcher.adopt(adopted);
            }
        }
    }

    private static Notification notice(CloudEvent event, Recipient r, Channel channel, String address, String body,
                                       Templates.Rendered text, Instant due, Instant now) {
        return Notification.planned(event.id(), event.type(), r.username(), r.displayName(), channel, address,
                text.subject(), body, text.html(), due, now, r.email());
    }
}
