package cn.studio.notification.delivery;

import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.QuietHours;
import cn.studio.notification.notification.Claim;
import cn.studio.notification.notification.DeliveryRecord.Outcome;
import cn.studio.notification.notification.NotificationStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due notifications, on one loop thread per instance that runs when a plan commits and at least every
 * {@code studio.delivery.poll} (retries and held SMS fall due by time), and whenever a sender is free again. As many
 * due notices as there are free senders are claimed in one transaction (status SENDING with a lease, skipping rows
 * other instances hold) and sent outside any transaction, each by its own sender, and each outcome is recorded: SENT, or a retry at the backoff's next time, or FAILED after the
 * last attempt — an SMS that finally fails goes out by e-mail instead. A claim whose lease ran out (the instance died mid-send) is taken again, and the sender first asks
 * the provider (SMS) or the archive mailbox (e-mail) whether it had already gone out.
 */
@ApplicationScoped
public class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject
    NotificationStore store;

    @Inject
    EmailSender email;

    @Inject
    SmsSender sms;

    @Inject
    DeliveryPolicy policy;

    @Inject
    QuietHours quietHours;

    @Inject
    Clock clock;

    private final Semaphore doorbell = new Semaphore(0);
    private Semaphore freeSenders;
    private volatile boolean stopping;
    private ExecutorService senders;
    private Thread loop;

    void start(@Observes StartupEvent event) {
        AtomicInteger count = new AtomicInteger();
        freeSenders = new Semaphore(policy.parallel());
        senders = Executors.newFixedThreadPool(policy.parallel(), r -> {
            Thread t = new Thread(r, "notification-sender-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        loop = new Thread(this::run, "notification-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        doorbell.release();
        if (loop != null) {
            loop.join(policy.sendTimeout().toMillis());
            senders.shutdown();
        }
    }

    void planned(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsPlanned event) {
        doorbell.release();
    }

    private void run() {
        while (!stopping) {
            try {
                doorbell.tryAcquire(policy.poll().toMillis(), TimeUnit.MILLISECONDS);
                doorbell.drainPermits();
                while (!stopping && dispatchIntoFreeSenders()) {
                    // every free sender got work: more may be due
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("dispatching failed; trying again at the next poll", e);
            }
        }
    }

    /**
     * Claims as many due notices as there are free senders and hands each to one; a sender that finishes rings the
     * doorbell, so the senders stay busy without waiting for the slowest of a batch. Returns whether every free
     * sender got one (then more may be due).
     */
    private boolean dispatchIntoFreeSenders() throws InterruptedException {
        int free = freeSenders.availablePermits();
        if (free == 0) {
            return false;
        }
        Instant now = clock.instant();
        List<Claim> claims = QuarkusTransaction.requiringNew().call(() -> store.claimDue(free, now, now.plus(policy.lease())));
        for (Claim claim : claims) {
            freeSenders.acquire();
            senders.execute(() -> {
                try {
                    deliver(claim);
                } catch (RuntimeException e) {
                    // the row stays SENDING and is taken again when its lease runs out
                    LOG.error("recording a delivery failed", e);
                } finally {
                    freeSenders.release();
                    doorbell.release();
                }
            });
        }
        return claims.size() == free;
    }

    private void deliver(Claim n) {
        Instant started = clock.instant();
        String providerId = null;
        String error = null;
        boolean permanent = false;
        try {
            providerId = switch (n.channel()) {
                case EMAIL -> email.send(n);
                case SMS -> sms.send(n);
                case INBOX -> "inbox";
            };
        } catch (SmsProvider.PermanentFailure e) {
            error = e.getMessage();
            permanent = true;
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String id = providerId;
        String reason = error;
        boolean giveUp = permanent || n.attempt() >= policy.maxAttempts();
        QuarkusTransaction.requiringNew().run(() -> record(n, started, id, reason, giveUp));
    }

    private void record(Claim n, Instant started, String providerId, String error, boolean giveUp) {
        Instant now = clock.instant();
        if (error == null) {
            store.recordAttempt(n, started, now, Outcome.SENT, providerId, null, null);
        } else if (!giveUp) {
            Instant next = now.plus(policy.delayAfter(n.attempt()));
            store.recordAttempt(n, started, now, Outcome.RETRY, providerId, error,
                    n.channel() == Channel.SMS ? quietHours.nextAllowed(next) : next);
        } else {
            store.recordAttempt(n, started, now, Outcome.FAILED, providerId, error, null);
            LOG.warnf("notification %s (%s to %s) failed for good: %s", n.id(), n.channel(), n.address(), error);
            if (n.channel() == Channel.SMS) {
                // the recipient still hears of it: by e-mail, unless an e-mail for the same event already went to them
                boolean queued = store.queueEmailFallback(n.id(), now);
                LOG.infof("SMS %s failed: e-mail fallback %s", n.id(), queued ? "queued" : "not possible (no address, or e-mail already sent)");
            }
        }
    }
}
