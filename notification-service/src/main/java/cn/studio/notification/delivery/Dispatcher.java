package cn.studio.notification.delivery;

import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.QuietHours;
import cn.studio.notification.notification.Claim;
import cn.studio.notification.notification.DeliveryRecord;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due notifications, on one loop thread per instance that runs when a plan commits, whenever a sender finishes
 * and at least every {@code studio.delivery.poll} (retries and held SMS fall due by time). Each turn of the loop is one
 * transaction: it records the outcomes the senders finished since the last turn (all accepted ones in two statements)
 * and claims due notices to keep every sender busy with one more waiting (status SENDING with a lease, skipping rows
 * other instances hold). Each claim is sent outside any transaction by a sender: SENT, or a retry at the backoff's next
 * time, or FAILED after the last attempt — an SMS that finally fails goes out by e-mail instead. Under load a turn
 * records and claims many notices at once, so the database work per notice shrinks as the load grows. A claim whose
 * lease ran out (the instance died mid-send, or before its outcome was recorded) is taken again, and the sender first
 * asks the provider (SMS) or the archive mailbox (e-mail) whether it had already gone out.
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

    /** A finished attempt waiting for the loop to record it. */
    private record Outcome(Claim claim, Instant started, Instant finished, String providerId, String error, boolean giveUp) {
    }

    private final Semaphore doorbell = new Semaphore(0);
    private final Queue<Outcome> finished = new ConcurrentLinkedQueue<>();
    /** Claimed and not yet finished: being sent, or waiting in the senders' queue. */
    private final AtomicInteger outstanding = new AtomicInteger();
    private volatile boolean stopping;
    private volatile ThreadPoolExecutor senders;
    private Thread loop;

    void start(@Observes StartupEvent event) {
        AtomicInteger count = new AtomicInteger();
        senders = new ThreadPoolExecutor(policy.parallel(), policy.parallel(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
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
            List<Runnable> waiting = new ArrayList<>();
            senders.getQueue().drainTo(waiting);
            senders.shutdown();
            senders.awaitTermination(policy.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    record(drainFinished());
                    // claims no sender started go back to the queue at once instead of after their lease
                    store.release(waiting.stream().map(r -> ((Send) r).claim().id()).toList());
                });
            } catch (RuntimeException e) {
                LOG.warn("outcomes not recorded at shutdown; their notices are taken again after their lease", e);
            }
        }
    }

    void planned(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsPlanned event) {
        doorbell.release();
    }

    /** How many just-planned notices the senders can take now without a claim (see {@link #adopt}). */
    public int room() {
        if (senders == null || stopping) {
            return 0; // not started yet, or stopping: the notices wait for a claim
        }
        return Math.max(0, 2 * policy.parallel() - outstanding.get());
    }

    /** Until when a notice planned as SENDING is this instance's. */
    public Instant leaseFrom(Instant now) {
        return now.plus(policy.lease());
    }

    /**
     * Notices this instance planned as SENDING (leased to it in the plan's transaction, their first attempt), handed
     * straight to the senders once the plan committed: no claim's round trip between an event and its first attempt.
     */
    public void adopt(List<Claim> claims) {
        outstanding.addAndGet(claims.size());
        claims.forEach(claim -> senders.execute(new Send(claim)));
    }

    private void run() {
        while (!stopping) {
            try {
                doorbell.tryAcquire(policy.poll().toMillis(), TimeUnit.MILLISECONDS);
                doorbell.drainPermits();
                while (!stopping && recordAndDispatch()) {
                    // a full batch was claimed, or more outcomes came in: go round again
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
     * One turn: in one transaction, records what the senders finished and claims due notices up to twice as many as
     * there are senders, counting those already claimed and not finished; then queues each claim for the next free
     * sender. The claimed-ahead half keeps the senders busy while a turn is in the database, so one loop feeds them all
     * and each turn's statements serve many notices. A sender that finishes rings the doorbell. Returns whether another
     * turn has work at once.
     */
    private boolean recordAndDispatch() {
        List<Outcome> outcomes = drainFinished();
        int wanted = 2 * policy.parallel() - outstanding.get();
        if (outcomes.isEmpty() && wanted <= 0) {
            return false;
        }
        Instant now = clock.instant();
        List<Claim> claims;
        try {
            claims = QuarkusTransaction.requiringNew().call(() -> {
                record(outcomes);
                return wanted <= 0 ? List.<Claim>of() : store.claimDue(wanted, now, now.plus(policy.lease()));
            });
        } catch (RuntimeException e) {
            finished.addAll(outcomes); // recorded at the next turn; until then their rows stay SENDING under lease
            throw e;
        }
        outstanding.addAndGet(claims.size());
        claims.forEach(claim -> senders.execute(new Send(claim)));
        return (wanted > 0 && claims.size() == wanted) || !finished.isEmpty();
    }

    /** One claim's attempt, on a sender thread. */
    private final class Send implements Runnable {
        private final Claim claim;

        Send(Claim claim) {
            this.claim = claim;
        }

        Claim claim() {
            return claim;
        }

        @Override
        public void run() {
            try {
                finished.add(deliver(claim));
            } catch (RuntimeException e) {
                // the row stays SENDING and is taken again when its lease runs out
                LOG.error("delivering " + claim.id() + " failed unexpectedly", e);
            } finally {
                outstanding.decrementAndGet();
                doorbell.release();
            }
        }
    }

    private List<Outcome> drainFinished() {
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome o; (o = finished.poll()) != null; ) {
            outcomes.add(o);
        }
        return outcomes;
    }

    private Outcome deliver(Claim n) {
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
        boolean giveUp = permanent || n.attempt() >= policy.maxAttempts();
        return new Outcome(n, started, clock.instant(), providerId, error, giveUp);
    }

    /** Records a turn's outcomes: the accepted ones together, each failure on its own (few, and each with its own next step). */
    private void record(List<Outcome> outcomes) {
        store.recordSent(outcomes.stream().filter(o -> o.error() == null)
                .map(o -> new NotificationStore.Sent(o.claim(), o.started(), o.finished(), o.providerId())).toList());
        outcomes.stream().filter(o -> o.error() != null).forEach(this::recordFailure);
    }

    private void recordFailure(Outcome o) {
        Claim n = o.claim();
        Instant now = o.finished();
        String error = o.error();
        String providerId = o.providerId();
        Instant started = o.started();
        if (!o.giveUp()) {
            Instant next = now.plus(policy.delayAfter(n.attempt()));
            store.recordAttempt(n, started, now, DeliveryRecord.Outcome.RETRY, providerId, error,
                    n.channel() == Channel.SMS ? quietHours.nextAllowed(next) : next);
        } else {
            store.recordAttempt(n, started, now, DeliveryRecord.Outcome.FAILED, providerId, error, null);
            LOG.warnf("notification %s (%s to %s) failed for good: %s", n.id(), n.channel(), n.address(), error);
            if (n.channel() == Channel.SMS) {
                // the recipient still hears of it: by e-mail, unless an e-mail for the same event already went to them
                boolean queued = store.queueEmailFallback(n.id(), now);
                LOG.infof("SMS %s failed: e-mail fallback %s", n.id(), queued ? "queued" : "not possible (no address, or e-mail already sent)");
            }
        }
    }
}
