package cn.studio.notification.notification;

import java.time.Instant;
import java.util.UUID;

/** A notice in a user's own inbox (站内消息). */
public record InboxItem(UUID id, String eventType, Category category, String subject, String text, Instant createdAt,
                        Instant readAt) {
}
