package cn.studio.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How deliveries are paced: exponential backoff between attempts (persisted as the next attempt time), leases, timeouts, parallelism. */
@ConfigMapping(prefix = "studio.delivery")
public interface DeliveryPolicy {
    @WithDefault("6")
    int maxAttempts();

    @WithDefault("5s")
    Duration firstDelay();

    @WithDefault("30m")
    Duration maxDelay();

    /**
     * How long a claimed notification is reserved for the instance sending it (then another may take it). Must exceed
     * {@link #sendTimeout()} plus a look-up in the archive or at the SMS provider.
     */
    @WithDefault("2m")
    Duration lease();

    /** How long to wait for the SMTP server's answer; no answer is a failed attempt, and the retry looks up first. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** The longest a due notice waits for the dispatcher when no new plan wakes it (retries, held SMS). */
    @WithDefault("1s")
    Duration poll();

    /** Notices one instance sends at the same time: sending waits on SMTP and the SMS provider, not on this CPU. */
    @WithDefault("16")
    int parallel();

    default Duration delayAfter(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration d = firstDelay().multipliedBy(factor);
        return d.compareTo(maxDelay()) > 0 ? maxDelay() : d;
    }
}
