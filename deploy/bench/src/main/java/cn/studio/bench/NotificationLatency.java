package cn.studio.bench;

import cn.studio.stack.*;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Benchmark (not a test), against a running local stack: {@code deploy/bench/notification-latency.sh [events] [rate]}.
 * Publishes application.submitted events at a fixed rate and measures event → e-mail accepted by the SMTP server
 * (p50, p99), beside the raw Kafka produce → consume latency of the same broker at the same rate, in the same run.
 */
public final class NotificationLatency {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        String kafka = System.getProperty("kafka", "127.0.0.1:9092");
        String mail = System.getProperty("mail", "http://127.0.0.1:8025/messages");
        List<Long> raw = rawKafka(kafka, events, rate);
        List<Long> notify = toEmail(kafka, mail, events, rate);
        System.out.printf("raw Kafka produce→consume at %d/s: p50 %d ms, p99 %d ms (%d records)%n", rate, pct(raw, 50), pct(raw, 99), raw.size());
        System.out.printf("event → e-mail accepted at %d/s:   p50 %d ms, p99 %d ms (%d events)%n", rate, pct(notify, 50), pct(notify, 99), notify.size());
        System.out.printf("ratio (p50): notification takes %.1fx the bare broker hop%n", (double) pct(notify, 50) / Math.max(1, pct(raw, 50)));
    }

    private static List<Long> rawKafka(String bootstrap, int events, int rate) throws Exception {
        String topic = "bench-raw-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> latencies = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap); KafkaProducer<String, String> producer = producer(bootstrap)) {
            producer.send(new ProducerRecord<>(topic, "warm", "warm")).get();
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.poll(Duration.ofMillis(100));
            Thread sender = new Thread(() -> paced(events, rate, i -> producer.send(new ProducerRecord<>(topic, "k" + i, String.valueOf(System.currentTimeMillis())))));
            sender.start();
            long end = System.currentTimeMillis() + (events / rate + 30) * 1000L;
            while (latencies.size() < events && System.currentTimeMillis() < end) {
                consumer.poll(Duration.ofMillis(50)).forEach(r -> {
                    if (!r.value().equals("warm")) {
                        latencies.add(System.currentTimeMillis() - Long.parseLong(r.value()));
                    }
                });
            }
            sender.join();
        }
        return latencies;
    }

    private static List<Long> toEmail(String bootstrap, String mailListing, int events, int rate) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> sentAt = new java.util.concurrent.ConcurrentHashMap<>();
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            paced(events, rate, i -> {
                String studio = "基准" + run + "-" + i + "号职工创新工作室";
                String app = UUID.randomUUID().toString();
                sentAt.put(studio, System.currentTimeMillis());
                producer.send(new ProducerRecord<>("application-events", app, cn.studio.testsupport.SampleEvents.submitted(app, studio, "/bench")));
            });
        }
        HttpClient http = HttpClient.newHttpClient();
        long end = System.currentTimeMillis() + 120_000;
        List<Long> latencies = new ArrayList<>();
        while (System.currentTimeMillis() < end) {
            JsonNode mails = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(mailListing + "?to=recommender1@studio.local")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            latencies.clear();
            for (JsonNode m : mails) {
                String subject = m.path("subject").asText();
                sentAt.forEach((studio, at) -> {
                    if (subject.contains(studio)) {
                        latencies.add(Instant.parse(m.path("receivedAt").asText()).toEpochMilli() - at);
                    }
                });
            }
            if (latencies.size() >= events) {
                break;
            }
            Thread.sleep(1000);
        }
        return latencies;
    }

    interface Send {
        void send(int i) throws Exception;
    }

    private static void paced(int events, int rate, Send send) {
        long start = System.nanoTime();
        try {
            for (int i = 0; i < events; i++) {
                long due = start + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                send.send(i);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pct(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.round(p / 100.0 * (sorted.size() - 1))));
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return new KafkaProducer<>(p);
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    private NotificationLatency() {
    }
}
