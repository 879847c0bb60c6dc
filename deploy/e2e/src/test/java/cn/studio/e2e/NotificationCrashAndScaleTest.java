package cn.studio.e2e;

import cn.studio.stack.LocalStack;
import cn.studio.stack.Ports;
import cn.studio.stack.SampleEvents;
import cn.studio.stack.SuiteLayout;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two notification-service instances share the partitions; one is killed with SIGKILL in the middle of a burst of
 * 500 events and started again. Every notice is delivered; no SMS twice (the provider is asked before a resend), and
 * at most the single e-mail in flight at the kill repeated (SMTP has no such question).
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
        stack.crashAndRestart(layout, "notification-service");

        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(2)).until(() -> mailed.apply(null) >= EVENTS
                && stack.sms().messages("13800000021").stream().filter(s -> s.templateParam().contains("压测" + run)).count() >= EVENTS);
        Thread.sleep(5000);
        Map<String, Long> mailsPerStudio = stack.mail().messages("recommender1@studio.local").stream()
                .filter(m -> m.subject().contains("压测" + run)).collect(Collectors.groupingBy(m -> m.subject(), Collectors.counting()));
        Map<String, Long> smsPerStudio = stack.sms().messages("13800000021").stream()
                .filter(s -> s.templateParam().contains("压测" + run))
                .collect(Collectors.groupingBy(s -> s.templateParam(), Collectors.counting()));
        System.out.printf("burst of %d events with a SIGKILL: %d e-mails and %d SMS delivered in %d s%n", EVENTS,
                mailsPerStudio.values().stream().mapToLong(Long::longValue).sum(),
                smsPerStudio.values().stream().mapToLong(Long::longValue).sum(), Duration.between(start, Instant.now()).toSeconds());
        assertEquals(EVENTS, mailsPerStudio.size(), "every event produced an e-mail");
        assertEquals(EVENTS, smsPerStudio.size(), "every event produced an SMS");
        // SMTP cannot be asked whether a message already went out, so a SIGKILL between the SMTP server's acceptance and
        // the commit may repeat the one e-mail in flight (notification-service README, "Exactly-once effect"); never more
        assertTrue(duplicates(mailsPerStudio).values().stream().allMatch(n -> n == 2) && duplicates(mailsPerStudio).size() <= 1,
                "at most the one e-mail in flight at the SIGKILL is repeated: " + duplicates(mailsPerStudio));
        assertEquals(Map.of(), duplicates(smsPerStudio), "no SMS twice");
    }

    private static Map<String, Long> duplicates(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
