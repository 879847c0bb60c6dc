package cn.studio.platform.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long URLs live, how many uploads may wait, when a waiting upload counts as abandoned. */
@ConfigMapping(prefix = "studio.media")
public interface MediaConfig {
    /** Life of a presigned PUT. */
    @WithDefault("15m")
    Duration uploadValidity();

    /** Life of a presigned GET. */
    @WithDefault("5m")
    Duration downloadValidity();

    /** Uploads not completed this long after they were asked for are removed by the sweep (object and row). */
    @WithDefault("1h")
    Duration abandonedAfter();

    /** Uploads an owner may have waiting at once ({@link MediaChecks#requirePendingRoom}). */
    @WithDefault("20")
    int maxPendingPerOwner();

    /** How often {@link MediaSweep} runs; {@code off} to disable (tests call it). */
    @WithDefault("10m")
    String sweepEvery();
}
