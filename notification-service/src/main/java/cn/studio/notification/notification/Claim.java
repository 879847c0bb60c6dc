package cn.studio.notification.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification claimed for one attempt. {@code unfinished}: the previous holder's lease ran out without an outcome
 * (it died mid-send).
 */
public record Claim(UUID id, Channel channel, String address, String subject, String text, String html, int attempt,
                    String eventType, String eventId, String recipient, String recipientName, boolean unfinished,
                    Instant createdAt) {

    /**
     * Whether an earlier attempt may have reached the provider although it was not recorded as sent: its sender died,
     * or it ended in an error that can come after the provider accepted (a timeout waiting for the answer).
     */
    public boolean mayHaveGoneOut() {
        return unfinished || attempt > 1;
    }

    /** The first attempt of a notice planned as SENDING by this instance. */
    public static Claim first(Notification n) {
        return new Claim(n.id(), n.channel(), n.address(), n.subject(), n.text(), n.html(), 1, n.eventType(), n.eventId(),
                n.recipient(), n.recipientName(), false, n.createdAt());
    }
}
