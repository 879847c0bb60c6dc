package cn.studio.lifecycle.obligation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends the obligations' reminders every {@code studio.obligations.check-every} ({@code off} in tests, which call
 * {@link ObligationService#remind()} after moving the clock). Each reminder is remembered, so several instances or a
 * rerun send nothing twice.
 */
@ApplicationScoped
public class ReminderJob {
    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    @Inject
    ObligationService obligations;

    @Scheduled(identity = "obligation-reminders", every = "${studio.obligations.check-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int sent = obligations.remind();
        if (sent > 0) {
            LOG.infof("obligation reminders sent: %d", sent);
        }
    }
}
