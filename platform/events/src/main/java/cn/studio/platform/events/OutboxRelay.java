package cn.studio.platform.events;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends committed outbox rows to Kafka in commit order and marks them sent. One relay works at a time across all
 * instances of a service (a PostgreSQL advisory lock), and it stops at the first failure, so each aggregate's events
 * arrive in order; a row is sent at least once (consumers are idempotent). A service that publishes nothing sets the
 * build property {@code studio.outbox.enabled=false} and runs no relay.
 */
@ApplicationScoped
@IfBuildProperty(name = "studio.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x57_75_64_69_6f_4f_42L; // any constant shared by the service's instances
    private static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    @Channel("outbox")
    Emitter<String> emitter;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    private final AtomicBoolean again = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        kick();
    }

    @Scheduled(every = "${studio.outbox.poll:1s}", delayed = "${studio.outbox.start-delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        relayAll();
    }

    /** What is not sent now stays in the table and goes out after the next start. */
    void stop(@Observes io.quarkus.runtime.ShutdownEvent event) {
        stopping = true;
    }

    /** Relays soon on a worker thread; coalesces many kicks into one pass. */
    void kick() {
        again.set(true);
        if (!running.get()) {
            CompletableFuture.runAsync(this::relayAll);
        }
    }

    /** Sends everything pending; returns how many rows were sent. */
    public int relayAll() {
        if (stopping || !running.compareAndSet(false, true)) {
            again.set(true);
            return 0;
        }
        int total = 0;
        try {
            do {
                again.set(false);
                Batch batch;
                do {
                    batch = QuarkusTransaction.requiringNew().call(this::relayBatch);
                    total += batch.sent();
                    if (batch.failure() != null) {
                        LOG.warnf("outbox relay paused: %s", batch.failure());
                        return total;
                    }
                } while (batch.sent() == BATCH);
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay paused: %s", e.getMessage());
        } finally {
            running.set(false);
        }
        return total;
    }

    /** What one batch came to: how many rows went out, and why the rest did not (null when nothing failed). */
    private record Batch(int sent, String failure) {
    }

    /** Sends the oldest pending rows in order, up to the first that Kafka refuses; what was sent is marked either way. */
    private Batch relayBatch() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!locked) {
            return new Batch(0, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, topic, event_key, type, envelope from outbox_event "
                        + "where published_at is null order by seq limit " + BATCH).getResultList();
        // one at a time, each acknowledged before the next is sent: a record refused while Kafka is away must not be
        // overtaken by a later one of the same aggregate; the sent ones are marked in one statement
        List<Long> sent = new ArrayList<>();
        for (Object[] row : rows) {
            long seq = ((Number) row[0]).longValue();
            try {
                KafkaSends.await(send((String) row[1], (String) row[2], (String) row[3], (String) row[4]),
                        (String) row[1], Duration.ofSeconds(30));
            } catch (RuntimeException e) {
                markPublished(sent);
                em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = ?1 where seq = ?2")
                        .setParameter(1, String.valueOf(e.getMessage())).setParameter(2, seq).executeUpdate();
                return new Batch(sent.size(), "Kafka did not accept outbox event " + seq + ": " + e.getMessage());
            }
            sent.add(seq);
        }
        markPublished(sent);
        return new Batch(sent.size(), null);
    }

    private void markPublished(List<Long> seqs) {
        if (!seqs.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = now(), attempts = attempts + 1 where seq in (:seqs)")
                    .setParameter("seqs", seqs).executeUpdate();
        }
    }

    private CompletableFuture<Void> send(String topic, String key, String type, String envelope) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return KafkaSends.send(emitter, envelope, OutgoingKafkaRecordMetadata.<String>builder().withTopic(topic).withKey(key)
                .withHeaders(headers).build());
    }
}
