package cn.studio.application;

import cn.studio.testsupport.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/** Reads {@code application-events} from the real broker, from the beginning, as a consumer would. */
public final class EventLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Event(String key, String typeHeader, int partition, JsonNode envelope) {
        public String type() {
            return envelope.path("type").asText();
        }
    }

    private EventLog() {
    }

    /** Polls until {@code done} holds for the events read so far (or the time is up) and returns them in order. */
    public static List<Event> readUntil(Predicate<List<Event>> done, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor("application-events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            do {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    var header = r.headers().lastHeader("ce_type");
                    events.add(new Event(r.key(), header == null ? null : new String(header.value(), StandardCharsets.UTF_8),
                            r.partition(), JSON.readTree(r.value())));
                }
            } while (!done.test(events) && System.currentTimeMillis() < deadline);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return events;
    }
}
