package cn.studio.bench;

import cn.studio.stack.MailSink;
import cn.studio.testsupport.SampleEvents;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Event → e-mail latency at a fixed rate, and the bare broker hop at the same rate. */
final class Latency {
    private Latency() {
    }

    /** Raw Kafka produce → consume on a fresh topic: the floor under any consumer. */
    static List<Long> rawKafka(String bootstrap, int events, int rate) throws Exception {
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

    /** Where an e-mail's time went: event → planned, planned → a sender took it, the SMTP exchange; p50 and p99 each. */
    record Phases(List<Long> plan, List<Long> queue, List<Long> send) {
    }

    /** The phases of the e-mails of the last {@link #toEmail} run, from notification-service's own tables. */
    static Phases phases(String notificationJdbcUrl, String user) throws Exception {
        List<Long> plan = new ArrayList<>();
        List<Long> queue = new ArrayList<>();
        List<Long> send = new ArrayList<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(notificationJdbcUrl, user, "");
             java.sql.PreparedStatement q = db.prepareStatement("""
                     select n.subject, n.created_at, a.started_at, a.finished_at from notification n
                     join delivery_attempt a on a.notification_id = n.id and a.attempt = 1
                     where n.channel = 'EMAIL' and n.subject like ?""")) {
            q.setString(1, "%基准" + lastRun + "%");
            try (java.sql.ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String subject = rs.getString(1);
                    int start = subject.indexOf("基准" + lastRun);
                    Long sent = lastSentAt.get(subject.substring(start, subject.indexOf("号", start) + 1));
                    long created = rs.getTimestamp(2).getTime();
                    long started = rs.getTimestamp(3).getTime();
                    if (sent != null) {
                        plan.add(created - sent);
                    }
                    queue.add(started - created);
                    send.add(rs.getTimestamp(4).getTime() - started);
                }
            }
        }
        return new Phases(plan, queue, send);
    }

    private static String lastRun;
    private static Map<String, Long> lastSentAt;

    /** application.submitted events at a fixed rate; each one's time until its e-mail reached the SMTP server. */
    static List<Long> toEmail(String bootstrap, MailSink mail, int events, int rate) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        lastRun = run;
        lastSentAt = sentAt;
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            paced(events, rate, i -> {
                String marker = "基准" + run + "-" + i + "号";
                String app = UUID.randomUUID().toString();
                sentAt.put(marker, System.currentTimeMillis());
                producer.send(new ProducerRecord<>("application-events", app, SampleEvents.submitted(app, marker + "职工创新工作室", "/bench")));
            });
        }
        // the server stamps each message as it accepts it: count cheaply until all are in, then read the stamps once
        long end = System.currentTimeMillis() + 300_000;
        List<MailSink.Receipt> receipts = List.of();
        while (receipts.size() < events && System.currentTimeMillis() < end) {
            Thread.sleep(1000);
            receipts = mail.receipts("基准" + run, "recommender1@studio.local");
        }
        List<Long> latencies = new ArrayList<>();
        for (MailSink.Receipt r : receipts) {
            int start = r.subject().indexOf("基准" + run);
            Long at = sentAt.get(r.subject().substring(start, r.subject().indexOf("号", start) + 1));
            if (at != null) {
                latencies.add(r.receivedAt().toEpochMilli() - at);
            }
        }
        return latencies;
    }

    interface Send {
        void send(int i) throws Exception;
    }

    static void paced(int events, int rate, Send send) {
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

    static KafkaProducer<String, String> producer(String bootstrap) {
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
}
