package cn.studio.platform.media;

import io.minio.BucketExistsArgs;
import io.minio.CopyObjectArgs;
import io.minio.CopySource;
import io.minio.Directive;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Item;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bucket, through the MinIO SDK. A service names each file by a key of its own ({@code applications/<id>/<fileId>});
 * clients upload to {@code uploads/<key>} by presigned PUT, and only {@link MediaChecks#verify} moves a file to
 * {@code media/<key>}, which no presigned URL ever lets a client write. Downloads are served from there only.
 */
@ApplicationScoped
@Startup
public class MediaStore {
    /** Where clients' presigned PUTs land; nothing here is ever served. */
    public static final String UPLOAD_PREFIX = "uploads/";
    /** Where checked files live; never the target of a presigned PUT. */
    public static final String CHECKED_PREFIX = "media/";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    private final ObjectStoreConfig config;
    private final MediaConfig media;
    private final Clock clock;
    private final MinioClient client;
    private final MinioClient presigner;

    @Inject
    public MediaStore(ObjectStoreConfig config, MediaConfig media, Clock clock) {
        this.config = config;
        this.media = media;
        this.clock = clock;
        this.client = MinioClient.builder().endpoint(config.endpoint()).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).build();
        this.presigner = config.publicEndpoint().map(e -> MinioClient.builder().endpoint(e).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).build()).orElse(client);
        ensureBucket();
    }

    /** A presigned PUT of the file for {@code key}, valid {@code studio.media.upload-validity}. */
    public PresignedUpload presignUpload(String key, MediaKind kind) {
        String url = presign(Method.PUT, uploadKey(key), media.uploadValidity(), Map.of());
        return new PresignedUpload(url, clock.instant().plus(media.uploadValidity()), kind.maxBytes(),
                kind.types().stream().sorted().map(t -> t.mediaType).toList());
    }

    /**
     * A presigned GET of a checked file, valid {@code studio.media.download-validity}, answered as
     * {@code Content-Type: <its real type>} and {@code Content-Disposition: attachment; filename*=…}, whatever type
     * the uploader claimed.
     */
    public PresignedDownload presignDownload(CheckedMedia ref, String fileName) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response-content-type", ref.type().mediaType);
        params.put("response-content-disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        Duration validity = media.downloadValidity();
        return new PresignedDownload(presign(Method.GET, ref.key(), validity, params), clock.instant().plus(validity));
    }

    /** The checked file's bytes; the caller closes the stream. */
    public InputStream read(CheckedMedia ref) {
        return read(ref.key(), 0, 0);
    }

    public void remove(CheckedMedia ref) {
        removeObject(ref.key());
    }

    /** Removes whatever a client uploaded for {@code key} and has not been checked (nothing if there is none). */
    public void removeUpload(String key) {
        removeObject(uploadKey(key));
    }

    static String uploadKey(String key) {
        return UPLOAD_PREFIX + requireKey(key);
    }

    static String checkedKey(String key) {
        return CHECKED_PREFIX + requireKey(key);
    }

    private static String requireKey(String key) {
        if (key == null || key.length() > 512 || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        return key;
    }

    Optional<StatObjectResponse> stat(String objectKey) {
        try {
            return Optional.of(client.statObject(StatObjectArgs.builder().bucket(config.bucket()).object(objectKey).build()));
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchObject".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw new ObjectStoreException("cannot stat " + objectKey + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new ObjectStoreException("cannot stat " + objectKey + ": " + e.getMessage(), e);
        }
    }

    /** Reads the object (from {@code offset}, {@code length} bytes if positive). The caller closes the stream. */
    InputStream read(String objectKey, long offset, long length) {
        try {
            GetObjectArgs.Builder args = GetObjectArgs.builder().bucket(config.bucket()).object(objectKey);
            if (length > 0) {
                args.offset(offset).length(length);
            }
            return client.getObject(args.build());
        } catch (Exception e) {
            throw new ObjectStoreException("cannot read " + objectKey + ": " + e.getMessage(), e);
        }
    }

    /** A server-side copy; the copy's type is neutral whatever the uploader sent with its PUT. */
    void copy(String from, String to) {
        try {
            client.copyObject(CopyObjectArgs.builder().bucket(config.bucket()).object(to)
                    .source(CopySource.builder().bucket(config.bucket()).object(from).build())
                    .metadataDirective(Directive.REPLACE).headers(Map.of("Content-Type", "application/octet-stream"))
                    .build());
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchObject".equals(e.errorResponse().code())) {
                throw MediaProblems.uploadNotFound(); // a parallel completion took it first
            }
            throw new ObjectStoreException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new ObjectStoreException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** Objects under {@code prefix} last modified before {@code before}. */
    List<String> listOlderThan(String prefix, Instant before) {
        List<String> keys = new ArrayList<>();
        try {
            for (Result<Item> result : client.listObjects(ListObjectsArgs.builder().bucket(config.bucket())
                    .prefix(prefix).recursive(true).build())) {
                Item item = result.get();
                if (!item.isDir() && item.lastModified() != null && item.lastModified().toInstant().isBefore(before)) {
                    keys.add(item.objectName());
                }
            }
            return keys;
        } catch (Exception e) {
            throw new ObjectStoreException("cannot list " + prefix + ": " + e.getMessage(), e);
        }
    }

    void removeObject(String objectKey) {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(config.bucket()).object(objectKey).build());
        } catch (Exception e) {
            throw new ObjectStoreException("cannot remove " + objectKey + ": " + e.getMessage(), e);
        }
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

    private String presign(Method method, String objectKey, Duration validity, Map<String, String> params) {
        try {
            return presigner.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(method)
                    .bucket(config.bucket()).object(objectKey).expiry((int) validity.toSeconds())
                    .extraQueryParams(params).build());
        } catch (Exception e) {
            throw new ObjectStoreException("cannot sign a URL for " + objectKey + ": " + e.getMessage(), e);
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
