package cn.studio.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.local.SynchronizationStrategy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.function.Function;

/**
 * Requests per client, as token buckets (Bucket4j): one bucket per client and group, {@code burst} requests at once
 * and {@code requests} per {@code period} on average after that. Three groups (configured under
 * {@code studio.gateway.rate-limit}): {@code public} paths per client IP, other API paths per token subject once the
 * token is verified ({@code user}), and per client IP while it is not ({@code anonymous}: no token, a bad one, or
 * one the gateway has not verified yet, whose check costs the gateway a signature verification).
 * <p>
 * Buckets live in memory, in one gateway instance: with N instances behind a balancer a client gets up to N times the
 * rate. The clients of a group are a bounded cache that forgets a client once its bucket would be full again, so
 * forgetting loses nothing; under a flood of distinct clients the least recently seen go first.
 */
@ApplicationScoped
public class RateLimits {
    @Inject
    GatewayConfig config;

    private boolean enabled;
    private Limiter publicPaths;
    private Limiter anonymous;
    private Limiter users;

    @PostConstruct
    void init() {
        GatewayConfig.RateLimitConfig limits = config.rateLimit();
        enabled = limits.enabled();
        publicPaths = new Limiter(limits.publicPaths(), limits.maxClients());
        anonymous = new Limiter(limits.anonymous(), limits.maxClients());
        users = new Limiter(limits.user(), limits.maxClients());
    }

    boolean enabled() {
        return enabled;
    }

    /** 0 when the request may go on, otherwise the seconds to wait (for {@code Retry-After}). */
    long publicRequest(String clientIp) {
        return publicPaths.take(clientIp);
    }

    long anonymousRequest(String clientIp) {
        return anonymous.take(clientIp);
    }

    long userRequest(String subject) {
        return users.take(subject);
    }

    static final class Limiter {
        private final Bandwidth bandwidth;
        private final Cache<String, Bucket> buckets;
        private final Function<String, Bucket> newBucket = key -> newBucket();

        Limiter(GatewayConfig.Limit limit, int maxClients) {
            if (limit.requests() <= 0 || limit.burst() <= 0 || limit.period().isNegative() || limit.period().isZero()) {
                throw new IllegalArgumentException("a rate limit needs requests > 0, burst > 0 and a period > 0");
            }
            bandwidth = Bandwidth.builder().capacity(limit.burst()).refillGreedy(limit.requests(), limit.period()).build();
            // an idle bucket is full again after burst/requests periods: forgetting it then changes nothing
            Duration refilled = limit.period().multipliedBy((limit.burst() + limit.requests() - 1) / limit.requests());
            buckets = Caffeine.newBuilder()
                    .maximumSize(maxClients)
                    .expireAfterAccess(refilled.plusSeconds(1))
                    .executor(Runnable::run) // housekeeping on the caller's thread, in small steps: no hand-off
                    .build();
        }

        private Bucket newBucket() {
            return Bucket.builder().addLimit(bandwidth)
                    .withSynchronizationStrategy(SynchronizationStrategy.SYNCHRONIZED) // no state copy per request
                    .build();
        }

        long take(String key) {
            Bucket bucket = buckets.get(key, newBucket);
            if (bucket.tryConsume(1)) {
                return 0;
            }
            long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        }
    }
}
