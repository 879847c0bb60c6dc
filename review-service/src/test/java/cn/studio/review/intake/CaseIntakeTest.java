package cn.studio.review.intake;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Cases arrive from application-service's events on Kafka, once, and only for accepted applications. */
@QuarkusTest
class CaseIntakeTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static String screened(String eventId, UUID app, boolean accepted) {
        return """
                {"specversion":"1.0","id":"%s","source":"/application-service","type":"application.screened",
                 "subject":"application/%s","time":"2026-11-25T08:00:00Z","datacontenttype":"application/json",
                 "data":{"accepted":%s,"reason":%s,"screenedBy":"admin1","application":{
                   "applicationId":"%s","campaignId":"%s","campaignTitle":"2026年职工创新工作室创建活动",
                   "studioName":"张三职工创新工作室","leaderName":"张三","applicantOrgId":"unit-k","applicantOrgName":"K公司",
                   "recommenderOrgId":"sys-industry","recommenderOrgName":"区工业系统工会","contactName":"李","contactPhone":"13800000009",
                   "contactEmail":"li@example.org","campaignDeadline":"2026-12-25T17:00:00+08:00","innovationFields":["TECHNOLOGY"],
                   "futureField":"ignored"}}}
                """.formatted(eventId, app, accepted, accepted ? "null" : "\"材料不全\"", app, UUID.randomUUID());
    }

    @Test
    void anAcceptedApplicationBecomesACaseOnceAndARejectedOneNever() {
        UUID rejected = UUID.randomUUID();
        UUID accepted = UUID.randomUUID();
        String acceptedEvent = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString(); // one partition: the rejected one is processed first
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("application-events", key, screened(UUID.randomUUID().toString(), rejected, false)));
            producer.send(new ProducerRecord<>("application-events", key, screened(acceptedEvent, accepted, true)));
            producer.send(new ProducerRecord<>("application-events", key, screened(acceptedEvent, accepted, true)));
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(ADMIN).get("/api/v1/reviews/cases/" + accepted).then().statusCode(200)
                        .body("leaderName", equalTo("张三")).body("innovationFields", equalTo(java.util.List.of("TECHNOLOGY"))));
        as(ADMIN).get("/api/v1/reviews/cases/" + rejected).then().statusCode(404);
    }
}
