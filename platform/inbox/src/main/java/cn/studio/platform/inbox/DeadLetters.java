package cn.studio.platform.inbox;

import cn.studio.platform.events.KafkaSends;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Puts a record that can never be processed on {@code <topic>-dlq}, unchanged, with the reason and where it came from
 * in headers (the names SmallRye's own dead-letter queue uses), and waits until Kafka has it.
 */
@ApplicationScoped
class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Channel("dead-letters")
    Emitter<String> emitter;

    void send(String consumer, ConsumerRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            headers.add(h);
        }
        headers.add("dead-letter-reason", bytes(reason));
        headers.add("dead-letter-consumer", bytes(consumer));
        headers.add("dead-letter-topic", bytes(record.topic()));
        headers.add("dead-letter-partition", bytes(String.valueOf(record.partition())));
        headers.add("dead-letter-offset", bytes(String.valueOf(record.offset())));
        KafkaSends.sendAndWait(emitter, record.value(), OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(record.topic() + "-dlq").withKey(record.key()).withHeaders(headers).build(), Duration.ofSeconds(30));
        LOG.warnf("%s: %s-%d@%d dead-lettered: %s", consumer, record.topic(), record.partition(), record.offset(), reason);
    }

    private static byte[] bytes(String s) {
        return String.valueOf(s).getBytes(StandardCharsets.UTF_8);
    }
}
