package cn.studio.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Exponential backoff between attempts, persisted as the notification's next attempt time. */
@ConfigMapping(prefix = "studio.delivery")
public interface RetryPolicy {
    @WithDefault("6")
    int maxAttempts();

    @WithDefault("5s")
    Duration firstDelay();

    @WithDefault("30m")
    Duration maxDelay();

    /** How long a claimed notification is reserved for the instance sending it (then another may take it). */
    @WithDefault("2m")
    Duration lease();

    default Duration delayAfter(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration d = firstDelay().multipliedBy(factor);
        return d.compareTo(maxDelay()) > 0 ? maxDelay() : d;
    }
}
