package cn.studio.platform.inbox;

import cn.studio.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Message;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Consumes the suite's events once. A service's consumer hands each poll to {@link #receive} from a
 * {@code @Incoming @Blocking} method taking {@code Message<List<String>>} and returning what {@code receive} returns:
 * the poll is acknowledged (its offsets committed) when every record is processed or dead-lettered. For the records of
 * one poll:
 * <ul>
 *   <li>a record that is not a CloudEvent, or whose handler throws {@link PoisonEventException}, goes to
 *       {@code <topic>-dlq} with the reason ({@link DeadLetters}), and the others go on;</li>
 *   <li>the handler's effects and the mark "processed (consumer, event id)" commit in one transaction for the whole
 *       poll, so a redelivered event adds nothing and a crash redoes the poll;</li>
 *   <li>any other failure is retried event by event with backoff ({@code studio.inbox.attempts}, doubling from
 *       {@code studio.inbox.first-backoff}); an event that still fails is dead-lettered, so one event cannot stop its
 *       partition for good.</li>
 * </ul>
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    DeadLetters deadLetters;

    @ConfigProperty(name = "studio.inbox.attempts", defaultValue = "5")
    int attempts;

    @ConfigProperty(name = "studio.inbox.first-backoff", defaultValue = "2s")
    Duration firstBackoff;

    /** Processes one poll's records as {@code consumer}; acknowledges the poll when each is processed or dead-lettered. */
    public CompletionStage<Void> receive(String consumer, Message<List<String>> poll, EventHandler handler) {
        @SuppressWarnings("unchecked")
        ConsumerRecords<String, String> records = poll.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .map(m -> (ConsumerRecords<String, String>) m.getRecords())
                .orElseThrow(() -> new IllegalStateException(consumer + ": the channel must deliver Kafka polls (batch=true)"));
        receive(consumer, records, handler);
        return poll.ack();
    }

    void receive(String consumer, ConsumerRecords<String, String> records, EventHandler handler) {
        List<Delivery> parsed = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                parsed.add(new Delivery(record, Envelopes.parse(json, record.value())));
            } catch (PoisonEventException e) {
                deadLetters.send(consumer, record, e.getMessage());
            }
        }
        process(consumer, parsed, handler);
    }

    private void process(String consumer, List<Delivery> batch, EventHandler handler) {
        List<Delivery> pending = new ArrayList<>(batch);
        while (!pending.isEmpty()) {
            try {
                inOneTransaction(consumer, pending, handler);
                return;
            } catch (Poisoned p) {
                pending.remove(p.delivery);
                deadLetters.send(consumer, p.delivery.record(), p.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf("%s: a poll of %d events failed (%s); each is retried on its own", consumer, pending.size(), message(e));
                pending.forEach(d -> processWithRetries(consumer, d, handler));
                return;
            }
        }
    }

    private void processWithRetries(String consumer, Delivery delivery, EventHandler handler) {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                inOneTransaction(consumer, List.of(delivery), handler);
                return;
            } catch (Poisoned p) {
                deadLetters.send(consumer, delivery.record(), p.getMessage());
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    deadLetters.send(consumer, delivery.record(), "not processed after " + attempts + " attempts: " + message(e));
                    return;
                }
                LOG.warnf("%s: event %s (%s) failed, attempt %d: %s", consumer, delivery.event().id(),
                        delivery.event().type(), attempt, message(e));
                pause(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private void inOneTransaction(String consumer, List<Delivery> deliveries, EventHandler handler) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Delivery d : deliveries) {
                if (markProcessed(consumer, d.event().id())) {
                    try {
                        handler.handle(d.event());
                    } catch (PoisonEventException e) {
                        throw new Poisoned(d, e.getMessage());
                    }
                }
            }
        });
    }

    /** @return false when this consumer has processed the event before */
    private boolean markProcessed(String consumer, String eventId) {
        return em.createNativeQuery("insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer).setParameter(2, eventId).executeUpdate() == 1;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    private record Delivery(ConsumerRecord<String, String> record, CloudEvent event) {
    }

    /** A handler's poison, tied to the event it came from; it rolls the poll's transaction back. */
    private static final class Poisoned extends RuntimeException {
        final Delivery delivery;

        Poisoned(Delivery delivery, String reason) {
            super(reason, null, false, false);
            this.delivery = delivery;
        }
    }
}
