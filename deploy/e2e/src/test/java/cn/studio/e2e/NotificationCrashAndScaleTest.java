package cn.studio.e2e;

import cn.studio.stack.LocalStack;
import cn.studio.stack.MailSink;
import cn.studio.stack.PostgresServer;
import cn.studio.stack.Ports;
import cn.studio.testsupport.SampleEvents;
import cn.studio.stack.SuiteLayout;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two notification-service instances share the partitions; one is killed with SIGKILL in the middle of a burst of
 * 500 events and started again. Every notice is delivered and none twice: before resending what the dead instance had
 * claimed, the SMS provider is asked by OutId and the archive mailbox is searched over IMAP by Message-ID.
 */
class NotificationCrashAndScaleTest {
    private static final int EVENTS = 500;

    @Test
    void aBurstSurvivesACrashWithEveryNoticeDeliveredOnce() throws Exception {
        LocalStack stack = WholeStack.get();
        SuiteLayout layout = SuiteLayout.locate();
        if (!stack.apps().containsKey("notification-service-2")) {
            stack.launchAnother(layout, "notification-service", "notification-service-2", Ports.free());
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Instant start = Instant.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < EVENTS; i++) {
                String app = UUID.randomUUID().toString();
                producer.send(new ProducerRecord<>("application-events", app,
                        SampleEvents.submitted(app, "压测" + run + "-" + i + "号职工创新工作室", "/load-test")));
            }
        }
        Function<Void, Long> mailed = v -> stack.mail().messages("recommender1@studio.local").stream()
                .filter(m -> m.subject().contains("压测" + run)).count();
        await().atMost(Duration.ofSeconds(120)).until(() -> mailed.apply(null) >= EVENTS / 5);
        System.out.println("claims held by the two instances just before the kill: " + count(stack, "select count(*) from notification where status = 'SENDING'"));
        stack.crashAndRestart(layout, "notification-service");

        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(2)).until(() -> mailed.apply(null) >= EVENTS
                && stack.sms().messages("13800000021").stream().filter(s -> s.templateParam().contains("压测" + run)).count() >= EVENTS);
        // quiet: nothing of this run is still due or held by a sender, so no late copy can arrive after the count
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> count(stack,
                "select count(*) from notification where subject like '%压测" + run + "%' and status in ('PENDING', 'SENDING')") == 0);
        List<MailSink.ReceivedMail> mails = stack.mail().messages("recommender1@studio.local").stream()
                .filter(m -> m.subject().contains("压测" + run)).toList();
        Map<String, Long> mailsPerStudio = mails.stream().collect(Collectors.groupingBy(m -> m.subject(), Collectors.counting()));
        Map<String, Long> smsPerStudio = stack.sms().messages("13800000021").stream()
                .filter(s -> s.templateParam().contains("压测" + run))
                .collect(Collectors.groupingBy(s -> s.templateParam(), Collectors.counting()));
        System.out.printf("burst of %d events with a SIGKILL: %d e-mails and %d SMS delivered in %d s; taken over after the kill: %s%n",
                EVENTS, mails.size(), smsPerStudio.values().stream().mapToLong(Long::longValue).sum(),
                Duration.between(start, Instant.now()).toSeconds(), retried(stack, run));
        assertEquals(EVENTS, mailsPerStudio.size(), "every event produced an e-mail");
        assertEquals(EVENTS, smsPerStudio.size(), "every event produced an SMS");
        assertEquals(Map.of(), duplicates(mailsPerStudio), "no e-mail twice");
        assertEquals(EVENTS, mails.stream().map(MailSink.ReceivedMail::messageId).distinct().count(), "one Message-ID per notice");
        assertEquals(Map.of(), duplicates(smsPerStudio), "no SMS twice");
    }

    private static long count(LocalStack stack, String sql) throws java.sql.SQLException {
        try (var db = java.sql.DriverManager.getConnection(stack.postgres().jdbcUrl("notification"), PostgresServer.USER, "");
             var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Notices of this run that needed more than one attempt, per channel (the dead instance's claims among them). */
    private static Map<String, Long> retried(LocalStack stack, String run) throws java.sql.SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (var db = java.sql.DriverManager.getConnection(stack.postgres().jdbcUrl("notification"), PostgresServer.USER, "");
             var query = db.prepareStatement("select channel, count(*) from notification where subject like ? and attempts > 1 group by channel")) {
            query.setString(1, "%压测" + run + "%");
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> duplicates(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
