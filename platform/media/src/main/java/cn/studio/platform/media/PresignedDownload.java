package cn.studio.platform.media;

import java.time.Instant;

/** A short-lived GET of a checked file, answered with its real media type as an attachment download. */
public record PresignedDownload(String url, Instant expiresAt) {
}
