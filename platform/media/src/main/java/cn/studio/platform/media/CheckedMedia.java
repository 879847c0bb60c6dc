package cn.studio.platform.media;

import java.util.Objects;

/**
 * A stored file that passed its checks, as {@link MediaChecks#verify} left it: an object under the checked prefix,
 * which no presigned upload ever targets, so the bytes behind it are the bytes that were checked. Keep its three
 * fields in the service's own table and rebuild it with the constructor to serve the file.
 *
 * @param key       the object's key in the bucket (under {@code media/})
 * @param type      the real type, by content
 * @param sizeBytes its size
 */
public record CheckedMedia(String key, FileType type, long sizeBytes) {
    public CheckedMedia {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        if (key.startsWith(MediaStore.UPLOAD_PREFIX)) {
            throw new IllegalArgumentException("an upload key is never a checked file: " + key);
        }
    }
}
