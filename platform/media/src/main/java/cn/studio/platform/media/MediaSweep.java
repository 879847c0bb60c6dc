package cn.studio.platform.media;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Removes abandoned uploads: every {@code studio.media.sweep-every}, the services' {@link PendingUploads} forget
 * uploads asked for more than {@code studio.media.abandoned-after} ago, then every object under {@code uploads/}
 * older than that goes — never completed, refused, or PUT again to an old URL after its file was checked.
 * A sweep rather than a bucket lifecycle rule: the rows must go with the objects, the cut-off follows the injectable
 * clock, and it works on any S3 store (S3Proxy in tests has no lifecycle rules; MinIO's expire only by whole days).
 */
@ApplicationScoped
public class MediaSweep {
    private static final Logger LOG = Logger.getLogger(MediaSweep.class);

    @Inject
    MediaStore store;

    @Inject
    MediaConfig config;

    @Inject
    Clock clock;

    @Inject
    Instance<PendingUploads> owners;

    @Scheduled(identity = "media-sweep", every = "${studio.media.sweep-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int removed = sweep();
            if (removed > 0) {
                LOG.infof("media sweep removed %d abandoned upload(s)", removed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("media sweep failed, next run retries: %s", e.getMessage());
        }
    }

    /** One sweep now; returns how many upload objects it removed. */
    public int sweep() {
        Duration age = config.abandonedAfter().compareTo(config.uploadValidity()) > 0
                ? config.abandonedAfter() : config.uploadValidity().plusMinutes(1);
        Instant cutoff = clock.instant().minus(age);
        for (PendingUploads owner : owners) {
            owner.forgetAbandoned(cutoff);
        }
        List<String> stale = store.listOlderThan(MediaStore.UPLOAD_PREFIX, cutoff);
        stale.forEach(store::removeObject);
        return stale.size();
    }
}
