package cn.studio.platform.media;

import java.time.Instant;

/**
 * A service's own record of the uploads it handed out (its table, its rows). {@link MediaSweep} calls every bean of
 * this type before it removes abandoned upload objects, so the rows go with their files.
 */
public interface PendingUploads {
    /** Deletes the records of uploads asked for before {@code askedBefore} and never completed. */
    void forgetAbandoned(Instant askedBefore);
}
