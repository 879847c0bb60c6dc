package cn.studio.notification.notification;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Native queries hand back timestamptz columns in driver-specific types; this reads any of them as an Instant. */
public final class Timestamps {
    private Timestamps() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : value instanceof Instant i ? i : ((java.sql.Timestamp) value).toInstant();
    }
}
