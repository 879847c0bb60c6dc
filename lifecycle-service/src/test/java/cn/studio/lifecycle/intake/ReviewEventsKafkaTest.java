package cn.studio.lifecycle.intake;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static cn.studio.lifecycle.World.ADMIN;
import static cn.studio.lifecycle.World.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** review.decided from Kafka: the named studio is registered once although the event comes twice. */
@QuarkusTest
class ReviewEventsKafkaTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static String decided(String eventId, UUID decision, UUID app, String unit) {
        return """
                {"specversion":"1.0","id":"%s","source":"/review-service","type":"review.decided",
                 "subject":"decision/%s","time":"2026-11-25T08:00:00Z","datacontenttype":"application/json",
                 "data":{"decisionId":"%s","roundId":"%s","campaignId":"%s","campaignTitle":"2026年职工创新工作室创建活动",
                   "decidedAt":"2026-11-25T16:00:00+08:00","named":[{"applicationId":"%s","campaignId":"%s",
                   "campaignTitle":"2026年职工创新工作室创建活动","studioName":"周九职工创新工作室","leaderName":"周九",
                   "applicantOrgId":"%s","applicantOrgName":"%s工会","recommenderOrgId":"sys-industry",
                   "recommenderOrgName":"区工业系统工会","contactName":"李","contactPhone":"13800000009",
                   "contactEmail":"li@example.org","namedTitle":"周九职工创新工作室","level":"DISTRICT","fundingWanYuan":8.25,
                   "cityRecommended":true,"innovationFields":["TECHNOLOGY","MANAGEMENT"],"futureField":"ignored"}],
                   "notNamed":[]}}
                """.formatted(eventId, decision, decision, UUID.randomUUID(), UUID.randomUUID(), app, UUID.randomUUID(), unit, unit);
    }

    @Test
    void aDecisionOnKafkaRegistersItsNamedStudioOnce() {
        UUID decision = UUID.randomUUID();
        String unit = "unit-kafka-" + UUID.randomUUID().toString().substring(0, 8);
        String event = decided(UUID.randomUUID().toString(), decision, UUID.randomUUID(), unit);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("review-events", decision.toString(), "not a cloud event"));
            producer.send(new ProducerRecord<>("review-events", decision.toString(), event));
            producer.send(new ProducerRecord<>("review-events", decision.toString(), event));
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(ADMIN).queryParam("q", unit).queryParam("year", 2026).get("/api/v1/studios").then().statusCode(200)
                        .body("items.findAll { it.unitOrgId == '" + unit + "' }.size()", equalTo(1)));
        as(ADMIN).queryParam("q", unit).get("/api/v1/studios").then()
                .body("items.find { it.unitOrgId == '" + unit + "' }.fundingWanYuan", equalTo(8.25f))
                .body("items.find { it.unitOrgId == '" + unit + "' }.cityRecommended", equalTo(true));
    }
}
