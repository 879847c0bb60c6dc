package cn.studio.notification.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A notice as the delivery log shows it: where it went, its state, and every attempt. */
public record DeliveryRecord(UUID id, String eventId, String eventType, String recipient, String recipientName,
                             Channel channel, String address, String subject, Notification.Status status, int attempts,
                             Instant nextAttemptAt, String providerId, String lastError, Instant createdAt,
                             Instant sentAt, UUID fallbackOf, List<Attempt> attemptLog) {

    public record Attempt(int attempt, Instant startedAt, Instant finishedAt, Outcome outcome, String providerId,
                          String error) {
    }

    /** What one attempt came to: sent, to be retried, or given up. */
    public enum Outcome { SENT, RETRY, FAILED }

    /** The log's filters; null means any. */
    public record Filter(String eventId, String recipient, Channel channel, Notification.Status status, int limit) {
    }
}
