package cn.studio.platform.media;

import java.util.Optional;

/**
 * The file types the suite accepts, each with its media type. A file is of a type when its first bytes say so
 * ({@link #sniff}) <em>and</em> its structure holds ({@link FileInspection}): a PDF must parse, an image must decode,
 * a video must have a well-formed container header, a DOCX must be a Word package.
 */
public enum FileType {
    JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp"), PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    MP4("video/mp4"), QUICKTIME("video/quicktime"), WEBM("video/webm");

    /** How many leading bytes {@link #sniff} needs. */
    public static final int HEAD_BYTES = 64;

    public final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The type of a media type string, as kept in a service's table ({@link #mediaType}). */
    public static Optional<FileType> ofMediaType(String mediaType) {
        for (FileType t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type the head of a file claims (magic bytes only); {@link FileInspection} then checks the claim. */
    public static Optional<FileType> sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of(WEBM);
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p') && head.length >= 12) {
            return Optional.of(startsWith(head, 8, 'q', 't', ' ', ' ') ? QUICKTIME : MP4);
        }
        if (startsWith(head, 4, 'm', 'o', 'o', 'v') || startsWith(head, 4, 'm', 'd', 'a', 't')
                || startsWith(head, 4, 'w', 'i', 'd', 'e') || startsWith(head, 4, 'f', 'r', 'e', 'e')) {
            return Optional.of(QUICKTIME);
        }
        if (startsWith(head, 0, 'P', 'K', 0x03, 0x04)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
