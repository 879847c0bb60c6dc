package cn.studio.platform.media;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a file is for, declared by the service as data: its name (stable, e.g. {@code PHOTO}), zh-CN label, size
 * limit, the real file types it may be, and optionally how many an owner may keep (with the code refusing one more).
 * <pre>{@code
 * static final MediaKind PHOTO = MediaKind.of("PHOTO", "照片", 10, JPEG, PNG, WEBP).atMost(5, "PHOTO_LIMIT");
 * }</pre>
 */
public record MediaKind(String name, String label, long maxBytes, Set<FileType> types, int maxCount, String countLimitCode) {
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public MediaKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        if (maxBytes <= 0 || types.isEmpty() || maxCount < 1) {
            throw new IllegalArgumentException("kind " + name + ": a size limit, at least one type and a count limit ≥ 1");
        }
        types = Set.copyOf(types);
    }

    /** A kind of at most {@code maxMegabytes} MiB of one of {@code types}, any number per owner. */
    public static MediaKind of(String name, String label, long maxMegabytes, FileType... types) {
        return new MediaKind(name, label, maxMegabytes * 1024 * 1024, EnumSet.of(types[0], types),
                UNLIMITED, MediaProblems.COUNT_LIMIT);
    }

    /** The same kind, of which an owner keeps at most {@code count}; one more is refused 409 {@code code}. */
    public MediaKind atMost(int count, String code) {
        return new MediaKind(name, label, maxBytes, types, count, code);
    }

    /**
     * Refuses (409 {@link #countLimitCode()}) when an owner already keeps {@link #maxCount()}. Call it under the
     * owner's lock, in the transaction that records the new file, or parallel requests pass it together.
     */
    public void requireRoom(long alreadyKept) {
        if (alreadyKept >= maxCount) {
            throw MediaProblems.countLimit(this);
        }
    }
}
