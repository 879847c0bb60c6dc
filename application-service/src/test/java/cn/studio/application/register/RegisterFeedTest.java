package cn.studio.application.register;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The register follows lifecycle-service: a named studio's leader and unit (by org) may not apply again, delisted or not. */
@QuarkusTest
class RegisterFeedTest {
    @Inject
    NamedStudioRegister register;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static String event(String type, String studioId, String leader, String org, String extra) {
        return """
                {"specversion":"1.0","id":"%s","source":"/lifecycle-service","type":"%s","subject":"studio/%s",
                 "time":"2026-12-30T08:00:00Z","datacontenttype":"application/json",
                 "data":{%s"studio":{"studioId":"%s","namedTitle":"%s职工创新工作室","leaderName":"%s",
                   "unitOrgId":"%s","unitOrgName":"区 精密机械有限公司工会","recommenderOrgId":"sys-industry","year":2026,"level":"DISTRICT"}}}
                """.formatted(UUID.randomUUID(), type, studioId, extra, studioId, leader, leader, org);
    }

    private void send(String json, String key) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("lifecycle-events", key, json));
            producer.flush();
        }
    }

    private boolean contains(String leader, String unit, String org) {
        return QuarkusTransaction.requiringNew().call(() -> register.contains(leader, unit, org));
    }

    @Test
    void aStudioNamedByTheReviewBlocksItsLeaderAndUnitHoweverTheFormSpellsIt() {
        String studio = UUID.randomUUID().toString();
        String org = "unit-feed-" + studio.substring(0, 8);
        send(event("studio.named", studio, "冯志远", org, ""), studio);
        await().atMost(Duration.ofSeconds(30)).until(() -> contains("冯 志远", "写法不同的单位名", org));
        assertTrue(contains("冯志远", "区精密机械有限公司工会", "another-org"), "by the normalised unit name too");
        assertFalse(contains("冯志远", "别的单位", "another-org"));
    }

    @Test
    void aDelistedStudioIsMarkedAndStillMayNotApply() {
        String studio = UUID.randomUUID().toString();
        String org = "unit-feed-" + studio.substring(0, 8);
        send(event("studio.named", studio, "褚明", org, ""), studio);
        send(event("studio.delisted", studio, "褚明", org, "\"delistedAt\":\"2027-06-30T10:00:00+08:00\",\"reason\":\"无创新成果\","), studio);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            NamedStudio s = NamedStudio.find("studioId", studio).firstResult();
            return s != null && s.delistedAt != null;
        }));
        assertTrue(contains("褚明", "x", org));
        NamedStudio entry = QuarkusTransaction.requiringNew().call(() -> NamedStudio.<NamedStudio>find("studioId", studio).firstResult());
        assertNotNull(entry);
        assertEquals("lifecycle-service", entry.source);
        assertEquals(2026, entry.namedYear);
    }
}
