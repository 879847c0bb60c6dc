package cn.studio.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

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
