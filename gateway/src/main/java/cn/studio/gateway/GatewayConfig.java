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

    /** How long a proxied call may take before the gateway answers 504. */
    @WithDefault("60s")
    Duration timeout();
}
