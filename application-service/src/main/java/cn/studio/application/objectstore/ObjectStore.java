package cn.studio.application.objectstore;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Media in the object store through the MinIO SDK: presigned URLs for clients, checks of what they stored. */
@ApplicationScoped
@Startup
public class ObjectStore {
    private final ObjectStoreConfig config;
    private final MinioClient client;
    private final MinioClient presigner;

    @Inject
    public ObjectStore(ObjectStoreConfig config) {
        this.config = config;
        this.client = MinioClient.builder().endpoint(config.endpoint()).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).build();
        this.presigner = config.publicEndpoint().map(e -> MinioClient.builder().endpoint(e).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).build()).orElse(client);
        ensureBucket();
    }

    private void ensureBucket() {
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(config.bucket()).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(config.bucket()).build());
            }
        } catch (Exception e) {
            throw new ObjectStoreException("bucket " + config.bucket() + " is not usable: " + e.getMessage(), e);
        }
    }

    public String presignedPut(String key, Duration validity) {
        return presign(Method.PUT, key, validity, Map.of());
    }

    public String presignedGet(String key, Duration validity, String downloadName) {
        String disposition = "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(downloadName,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return presign(Method.GET, key, validity, Map.of("response-content-disposition", disposition));
    }

    public Optional<StatObjectResponse> stat(String key) {
        try {
            return Optional.of(client.statObject(StatObjectArgs.builder().bucket(config.bucket()).object(key).build()));
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchObject".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw new ObjectStoreException("cannot stat " + key + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new ObjectStoreException("cannot stat " + key + ": " + e.getMessage(), e);
        }
    }

    /** Reads the object (or its first {@code length} bytes, if positive). The caller closes the stream. */
    public InputStream read(String key, long length) {
        try {
            GetObjectArgs.Builder args = GetObjectArgs.builder().bucket(config.bucket()).object(key);
            if (length > 0) {
                args.offset(0L).length(length);
            }
            return client.getObject(args.build());
        } catch (Exception e) {
            throw new ObjectStoreException("cannot read " + key + ": " + e.getMessage(), e);
        }
    }

    public void remove(String key) {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(config.bucket()).object(key).build());
        } catch (Exception e) {
            throw new ObjectStoreException("cannot remove " + key + ": " + e.getMessage(), e);
        }
    }

    private String presign(Method method, String key, Duration validity, Map<String, String> params) {
        try {
            return presigner.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(method)
                    .bucket(config.bucket()).object(key).expiry((int) validity.toSeconds()).extraQueryParams(params).build());
        } catch (Exception e) {
            throw new ObjectStoreException("cannot sign a URL for " + key + ": " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() throws Exception {
        client.close();
        if (presigner != client) {
            presigner.close();
        }
    }
}
