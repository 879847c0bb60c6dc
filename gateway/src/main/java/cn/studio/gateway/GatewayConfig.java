package cn.studio.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "studio.gateway")
public interface GatewayConfig {
    /** Service name → base URL (scheme, host, port) where it listens. */
    Map<String, String> services();

    /** Path prefix under {@code /api/v1/} → name of the owning service. */
    Map<String, String> routes();

    /** How long the service may stay silent (no answer, or no data mid-answer) before the gateway answers 504. */
    @WithDefault("60s")
    Duration timeout();

    /**
     * Connections each event loop may keep open to one service. Every event loop has its own pool, so that a
     * proxied exchange stays on the thread that accepted the request.
     */
    @WithDefault("32")
    int connectionsPerEventLoop();

    /**
     * How many verified bearer tokens to remember (until each expires), so a repeated token skips signature
     * verification; 0 verifies every request.
     */
    @WithDefault("4096")
    int tokenCacheSize();

    /**
     * The gateway's address as callers reach it (e.g. {@code https://api.example.cn}), written into the services'
     * OpenAPI documents as their server; unset, it is taken from each request (scheme and Host).
     */
    Optional<String> publicUrl();

    /** Requests per client on {@code /api/v1/**}: token buckets (Bucket4j), one per client and group. */
    RateLimitConfig rateLimit();

    interface RateLimitConfig {
        @WithDefault("true")
        boolean enabled();

        /** {@code /api/v1/public/**}, per client IP (token or not). */
        @WithName("public")
        Limit publicPaths();

        /** Other API paths without a verified token (no token, or one not verified yet), per client IP. */
        Limit anonymous();

        /** Other API paths with a verified token, per token subject. */
        Limit user();

        /** Clients remembered per group (least recently seen forgotten first; an idle client's bucket is full). */
        @WithDefault("100000")
        int maxClients();
    }

    /** {@code requests} per {@code period} on average, up to {@code burst} at once. */
    interface Limit {
        int requests();

        @WithDefault("1s")
        Duration period();

        int burst();
    }

    /** The access log (one line per request on standard output). */
    AccessLogConfig accessLog();

    interface AccessLogConfig {
        @WithDefault("true")
        boolean enabled();

        /** Lines are written together, at the latest this long after the first of them. */
        @WithDefault("500ms")
        Duration flushInterval();

        /** ... or as soon as this many characters are waiting. */
        @WithDefault("32768")
        int bufferSize();
    }
}
