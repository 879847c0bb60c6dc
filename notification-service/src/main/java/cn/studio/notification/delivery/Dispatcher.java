package cn.studio.notification.delivery;

import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.QuietHours;
import cn.studio.notification.notification.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due notifications, on one loop thread per instance that runs when a plan commits and at least every
 * {@code studio.delivery.poll} (retries and held SMS fall due by time). A batch is claimed in its own transaction
 * (status SENDING with a lease, skipping rows other instances hold), sent outside any transaction by a small pool of
 * senders in parallel, and each outcome is recorded: SENT, or a retry at the backoff's next time, or FAILED after the
 * last attempt — an SMS that finally fails goes out by e-mail instead. A claim whose lease ran out (the instance died mid-send) is taken again, and the sender first asks
 * the provider (SMS) or the archive mailbox (e-mail) whether it had already gone out.
 */
@ApplicationScoped
public class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject
    EntityManager em;

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
    private volatile boolean stopping;
    private ExecutorService senders;
    private Thread loop;

    void start(@Observes StartupEvent event) {
        AtomicInteger count = new AtomicInteger();
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
                while (!stopping && dispatchBatch() == policy.parallel()) {
                    // a full batch: more may be due
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("dispatching failed; trying again at the next poll", e);
            }
        }
    }

    /** Claims one batch (as many as there are senders), sends it in parallel; returns how many were claimed. */
    private int dispatchBatch() {
        List<Claim> batch = QuarkusTransaction.requiringNew().call(() -> claim(policy.parallel()));
        List<Future<?>> sending = batch.stream().<Future<?>>map(n -> senders.submit(() -> deliver(n))).toList();
        for (Future<?> f : sending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } catch (ExecutionException e) {
                // the row stays SENDING and is taken again when its lease runs out
                LOG.error("recording a delivery failed", e.getCause());
            }
        }
        return batch.size();
    }

    @SuppressWarnings("unchecked")
    private List<Claim> claim(int limit) {
        Instant now = clock.instant();
        List<Object[]> rows = em.createNativeQuery("""
                with due as (select id, status = 'SENDING' as unfinished from notification
                             where (status = 'PENDING' and next_attempt_at <= ?2) or (status = 'SENDING' and lease_until < ?2)
                             order by next_attempt_at limit ?3 for update skip locked)
                update notification n set status = 'SENDING', attempts = attempts + 1, lease_until = ?1
                from due where n.id = due.id
                returning n.id, n.channel, n.address, n.subject, n.body_text, n.body_html, n.attempts, n.event_type,
                          n.event_id, n.recipient, n.recipient_name, due.unfinished, n.created_at
                """).setParameter(1, now.plus(policy.lease())).setParameter(2, now).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new Claim((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], ((Number) r[6]).intValue(), (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (Boolean) r[11], Timestamps.instant(r[12]))).toList();
    }

    private void deliver(Claim n) {
        Instant started = clock.instant();
        String providerId = null;
        String error = null;
        boolean permanent = false;
        try {
            providerId = switch (Channel.valueOf(n.channel())) {
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
        String outcome = error == null ? "SENT" : giveUp ? "FAILED" : "RETRY";
        em.createNativeQuery("insert into delivery_attempt (notification_id, attempt, started_at, finished_at, outcome, provider_id, error) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, n.id()).setParameter(2, n.attempt()).setParameter(3, started).setParameter(4, now)
                .setParameter(5, outcome).setParameter(6, providerId).setParameter(7, error).executeUpdate();
        if (error == null) {
            em.createNativeQuery("update notification set status = 'SENT', sent_at = ?1, provider_id = ?2, lease_until = null, last_error = null where id = ?3")
                    .setParameter(1, now).setParameter(2, providerId).setParameter(3, n.id()).executeUpdate();
        } else if (!giveUp) {
            Instant next = now.plus(policy.delayAfter(n.attempt()));
            if ("SMS".equals(n.channel())) {
                next = quietHours.nextAllowed(next);
            }
            em.createNativeQuery("update notification set status = 'PENDING', next_attempt_at = ?1, last_error = ?2, lease_until = null where id = ?3")
                    .setParameter(1, next).setParameter(2, error).setParameter(3, n.id()).executeUpdate();
        } else {
            em.createNativeQuery("update notification set status = 'FAILED', last_error = ?1, lease_until = null where id = ?2")
                    .setParameter(1, error).setParameter(2, n.id()).executeUpdate();
            LOG.warnf("notification %s (%s to %s) failed for good: %s", n.id(), n.channel(), n.address(), error);
            if ("SMS".equals(n.channel())) {
                fallBackToEmail(n, now);
            }
        }
    }

    /** The recipient still hears of it: by e-mail, unless an e-mail for the same event already went to them. */
    private void fallBackToEmail(Claim sms, Instant now) {
        int created = em.createNativeQuery("""
                insert into notification (id, event_id, event_type, category, recipient, recipient_name, channel, address,
                                          subject, body_text, body_html, status, next_attempt_at, created_at, fallback_of)
                select ?1, n.event_id, n.event_type, n.category, n.recipient, n.recipient_name, 'EMAIL', n.fallback_address,
                       n.subject, n.body_text, n.body_html, 'PENDING', ?2, ?2, n.id
                from notification n
                where n.id = ?3 and n.fallback_address is not null
                on conflict (event_id, recipient, channel) do nothing
                """).setParameter(1, UUID.randomUUID()).setParameter(2, now).setParameter(3, sms.id()).executeUpdate();
        LOG.infof("SMS %s failed: e-mail fallback %s", sms.id(), created == 1 ? "queued" : "not possible (no address, or e-mail already sent)");
    }
}
