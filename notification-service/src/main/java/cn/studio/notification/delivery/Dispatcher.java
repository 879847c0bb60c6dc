package cn.studio.notification.delivery;

import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.QuietHours;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends due notifications. A batch is claimed in its own transaction (status SENDING with a lease, skipping rows other
 * instances hold), sent outside any transaction, and each outcome is recorded: SENT, or a retry at the backoff's next
 * time, or FAILED after the last attempt — an SMS that finally fails goes out by e-mail instead. A claim whose lease
 * ran out (the instance died mid-send) is taken again.
 */
@ApplicationScoped
public class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    SmsProvider sms;

    @Inject
    RetryPolicy retry;

    @Inject
    QuietHours quietHours;

    @Inject
    Clock clock;

    private volatile boolean stopping;

    record Claimed(UUID id, String channel, String address, String subject, String text, String html, int attempt,
                   String eventType, String eventId, String recipient, String recipientName, boolean unfinished,
                   Instant createdAt) {
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${studio.delivery.poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        while (!stopping && dispatchBatch() == BATCH) {
            // a full batch: more may be due
        }
    }

    /** Claims and sends one batch; returns how many were claimed. */
    public int dispatchBatch() {
        List<Claimed> batch = QuarkusTransaction.requiringNew().call(this::claim);
        for (Claimed n : batch) {
            deliver(n);
        }
        return batch.size();
    }

    @SuppressWarnings("unchecked")
    private List<Claimed> claim() {
        Instant now = clock.instant();
        List<Object[]> rows = em.createNativeQuery("""
                with due as (select id, status = 'SENDING' as unfinished from notification
                             where (status = 'PENDING' and next_attempt_at <= ?2) or (status = 'SENDING' and lease_until < ?2)
                             order by next_attempt_at limit ?3 for update skip locked)
                update notification n set status = 'SENDING', attempts = attempts + 1, lease_until = ?1
                from due where n.id = due.id
                returning n.id, n.channel, n.address, n.subject, n.body_text, n.body_html, n.attempts, n.event_type,
                          n.event_id, n.recipient, n.recipient_name, due.unfinished, n.created_at
                """).setParameter(1, now.plus(retry.lease())).setParameter(2, now).setParameter(3, BATCH).getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], ((Number) r[6]).intValue(), (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (Boolean) r[11], cn.studio.notification.notification.Timestamps.instant(r[12]))).toList();
    }

    private void deliver(Claimed n) {
        Instant started = clock.instant();
        String providerId = null;
        String error = null;
        boolean permanent = false;
        try {
            providerId = switch (Channel.valueOf(n.channel())) {
                case EMAIL -> {
                    mailer.send(Mail.withHtml(n.address(), n.subject(), n.html()).setText(n.text())
                            .addHeader("X-Studio-Notification", n.id().toString())
                            .addHeader("X-Studio-Event", n.eventId()));
                    yield "smtp";
                }
                case SMS -> sms(n);
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
        boolean giveUp = permanent || n.attempt() >= retry.maxAttempts();
        QuarkusTransaction.requiringNew().run(() -> record(n, started, id, reason, giveUp));
    }

    /** An SMS whose last attempt never reported back (its sender died) is first looked up at the provider. */
    private String sms(Claimed n) {
        if (n.unfinished()) {
            java.time.ZoneId beijing = java.time.ZoneId.of("Asia/Shanghai");
            java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(beijing));
            for (java.time.LocalDate d = n.createdAt().atZone(beijing).toLocalDate(); !d.isAfter(today); d = d.plusDays(1)) {
                java.util.Optional<String> sent = sms.wasSent(n.address(), n.id().toString(), d);
                if (sent.isPresent()) {
                    LOG.infof("SMS %s had gone out before its sender stopped; not sent again", n.id());
                    return sent.get();
                }
            }
        }
        return sms.send(n.address(), n.text(), n.id().toString());
    }

    private void record(Claimed n, Instant started, String providerId, String error, boolean giveUp) {
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
            Instant next = now.plus(retry.delayAfter(n.attempt()));
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
    private void fallBackToEmail(Claimed sms, Instant now) {
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
