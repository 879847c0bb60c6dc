package cn.studio.platform.media;

import java.time.Instant;
import java.util.List;

/**
 * Where the client PUTs the file itself, until when, and what will be accepted (for the client's own early checks;
 * the server checks again after the upload).
 */
public record PresignedUpload(String url, Instant expiresAt, long maxBytes, List<String> acceptedMediaTypes) {
}
