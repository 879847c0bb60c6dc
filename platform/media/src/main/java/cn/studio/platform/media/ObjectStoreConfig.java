package cn.studio.platform.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The S3-compatible store holding a service's media (MinIO in production); env {@code STUDIO_OBJECT_STORE_*}. */
@ConfigMapping(prefix = "studio.object-store")
public interface ObjectStoreConfig {
    String endpoint();

    /** Where browsers reach the store, if not at {@link #endpoint()} (presigned URLs are signed for this host). */
    Optional<String> publicEndpoint();

    String accessKey();

    String secretKey();

    @WithDefault("studio-media")
    String bucket();

    @WithDefault("us-east-1")
    String region();
}
