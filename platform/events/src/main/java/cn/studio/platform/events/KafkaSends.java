package cn.studio.platform.events;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sending one record and waiting until Kafka has it: what the outbox relay and the inbox's dead letters both need. */
public final class KafkaSends {
    private KafkaSends() {
    }

    /** @throws IllegalStateException when Kafka refused the record or did not answer within {@code patience} */
    public static void sendAndWait(Emitter<String> emitter, String value, OutgoingKafkaRecordMetadata<String> metadata,
                                   Duration patience) {
        await(send(emitter, value, metadata), metadata.getTopic(), patience);
    }

    /** Sends without waiting; the future completes when Kafka has the record. */
    public static CompletableFuture<Void> send(Emitter<String> emitter, String value, OutgoingKafkaRecordMetadata<String> metadata) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        emitter.send(Message.of(value).addMetadata(metadata)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }

    /** @throws IllegalStateException when Kafka refused the record or did not answer within {@code patience} */
    public static void await(CompletableFuture<Void> acked, String topic, Duration patience) {
        try {
            acked.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("Kafka did not take the record for " + topic + ": " + cause, cause);
        }
    }
}
