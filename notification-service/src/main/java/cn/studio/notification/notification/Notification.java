package cn.studio.notification.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One notice to one recipient on one channel, for one event: the row of table {@code notification}, which
 * {@link NotificationStore} alone reads and writes.
 */
public record Notification(UUID id, String eventId, String eventType, Category category, String recipient,
                           String recipientName, Channel channel, String address, String subject, String text,
                           String html, Status status, Instant nextAttemptAt, Instant createdAt, String fallbackAddress) {

    /** PENDING (due at nextAttemptAt) → SENDING (claimed, with a lease) → SENT, or back to PENDING for a retry, or FAILED. */
    public enum Status { PENDING, SENDING, SENT, FAILED }

    /**
     * A new notice. An inbox message is delivered by being written; an SMS remembers the e-mail address it would fall
     * back to if it fails for good.
     */
    public static Notification planned(String eventId, String eventType, String recipient, String recipientName,
                                       Channel channel, String address, String subject, String text, String html,
                                       Instant due, Instant now, String fallbackAddress) {
        return new Notification(UUID.randomUUID(), eventId, eventType, Category.of(eventType), recipient, recipientName,
                channel, address, subject, text, channel == Channel.INBOX ? null : html,
                channel == Channel.INBOX ? Status.SENT : Status.PENDING, due, now,
                channel == Channel.SMS ? fallbackAddress : null);
    }

    /** This notice leased to the instance planning it, for its first attempt (handed to a sender without a claim). */
    public Notification sending() {
        return new Notification(id, eventId, eventType, category, recipient, recipientName, channel, address, subject, text,
                html, Status.SENDING, nextAttemptAt, createdAt, fallbackAddress);
    }
}
