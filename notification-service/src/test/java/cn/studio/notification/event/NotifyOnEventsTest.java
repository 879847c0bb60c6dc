package cn.studio.notification.event;

import cn.studio.notification.Events;
import cn.studio.stack.MailSink;
import cn.studio.stack.SmsSink;
import cn.studio.testsupport.TestServers;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events from the real broker become e-mail in the real SMTP server, SMS at the provider's stand-in, and inbox items. */
@QuarkusTest
class NotifyOnEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(40);

    static List<MailSink.ReceivedMail> mailsAbout(String to, String marker) {
        return TestServers.mail().messages(to).stream().filter(m -> m.subject().contains(marker) || m.text().contains(marker)).toList();
    }

    static List<SmsSink.ReceivedSms> smsAbout(String phone, String marker) {
        return TestServers.sms().messages(phone).stream().filter(s -> s.templateParam() != null && s.templateParam().contains(marker)).toList();
    }

    @Test
    void submissionReachesTheRecommendersByEmailSmsAndInbox() {
        String app = UUID.randomUUID().toString();
        String studio = "甲" + app.substring(0, 6) + "职工创新工作室";
        Events.send("application-events", app, Events.submitted(UUID.randomUUID().toString(), app, studio));

        await().atMost(WAIT).until(() -> mailsAbout("recommender1@studio.local", studio).size() == 1);
        MailSink.ReceivedMail mail = mailsAbout("recommender1@studio.local", studio).get(0);
        assertTrue(mail.subject().startsWith("【待推荐】"), mail.subject());
        assertTrue(mail.text().contains("等待贵单位（区工业系统工会）推荐"), mail.text());
        assertTrue(mail.html().contains("<b>" + studio + "</b>"), mail.html());
        assertTrue(mail.text().contains("http://127.0.0.1:8080/applications/" + app), "links point at the gateway");

        await().atMost(WAIT).until(() -> smsAbout("13800000021", studio).size() == 1);
        SmsSink.ReceivedSms sms = smsAbout("13800000021", studio).get(0);
        assertEquals("区总工会", sms.signName());
        assertEquals("SendSms", sms.parameters().get("Action"));
        assertTrue(sms.templateParam().length() < 120, sms.templateParam());

        String token = TestServers.keycloakToken("recommender1");
        given().header("Authorization", "Bearer " + token).get("/api/v1/notifications/inbox").then().statusCode(200)
                .body("subject", hasItem("【待推荐】区精密机械有限公司工会申报“" + studio + "”"));
        assertTrue(mailsAbout("applicant1@studio.local", studio).isEmpty(), "the applicant is not told of its own submission");
    }

    @Test
    void aRedeliveredEventIsNotifiedOnce() {
        String app = UUID.randomUUID().toString();
        String studio = "乙" + app.substring(0, 6) + "职工创新工作室";
        String eventId = UUID.randomUUID().toString();
        String event = Events.submitted(eventId, app, studio);
        Events.send("application-events", app, event);
        Events.send("application-events", app, event);
        // a later event with the same key follows both copies on their partition: once it is noticed, both were consumed
        String sentinel = "哨" + app.substring(0, 6) + "职工创新工作室";
        Events.send("application-events", app, Events.submitted(UUID.randomUUID().toString(), app, sentinel));
        await().atMost(WAIT).until(() -> mailsAbout("recommender1@studio.local", sentinel).size() == 1
                && smsAbout("13800000021", studio).size() == 1);

        String admin = "Bearer " + TestServers.keycloakToken("admin1");
        List<Map<String, Object>> deliveries = given().header("Authorization", admin).queryParam("eventId", eventId)
                .get("/api/v1/notifications/deliveries").then().statusCode(200).extract().path("");
        assertEquals(1, deliveries.stream().filter(d -> "recommender1".equals(d.get("recipient")) && "EMAIL".equals(d.get("channel"))).count());
        assertEquals(1, deliveries.stream().filter(d -> "recommender1".equals(d.get("recipient")) && "SMS".equals(d.get("channel"))).count());
        assertEquals(1, mailsAbout("recommender1@studio.local", studio).size());
    }

    @Test
    void returnReachesTheApplicantUnitAndTheFormsContact() {
        String app = UUID.randomUUID().toString();
        String studio = "丙" + app.substring(0, 6) + "职工创新工作室";
        String contactMail = "contact-" + app.substring(0, 6) + "@unit001.cn";
        Events.send("application-events", app, Events.cloudEvent(UUID.randomUUID().toString(), "application.returned",
                "application/" + app, Map.of("application", Events.application(app, studio, "13900002222", contactMail),
                        "reason", "请补充专利证明", "returnedBy", "recommender1")));
        await().atMost(WAIT).until(() -> mailsAbout("applicant1@studio.local", studio).size() == 1
                && mailsAbout(contactMail, studio).size() == 1
                && smsAbout("13900002222", studio).size() == 1 && smsAbout("13800000031", studio).size() == 1);
        assertTrue(mailsAbout("applicant1@studio.local", studio).get(0).text().contains("理由：请补充专利证明"));
    }

    @Test
    void unknownTypesAreSkippedAndPoisonGoesToTheDeadLetterTopicWithItsReason() {
        Events.send("review-events", "x", Events.cloudEvent(UUID.randomUUID().toString(), "review.something-new", "review/x", Map.of()));
        String notJson = "not json " + UUID.randomUUID();
        Events.send("application-events", "poison", notJson);
        Map<String, Object> withoutRecommender = Events.application(UUID.randomUUID().toString(), "无推荐单位", null, null);
        withoutRecommender.remove("recommenderOrgId");
        String unroutable = Events.cloudEvent(UUID.randomUUID().toString(), "application.submitted", "application/x",
                Map.of("application", withoutRecommender));
        Events.send("application-events", "poison", unroutable);
        String app = UUID.randomUUID().toString();
        String studio = "丁" + app.substring(0, 6) + "职工创新工作室";
        Events.send("application-events", "poison", Events.submitted(UUID.randomUUID().toString(), app, studio));

        await().atMost(WAIT).until(() -> mailsAbout("recommender1@studio.local", studio).size() == 1);
        Map<String, String> reasons = deadLetters();
        assertTrue(reasons.get(notJson).startsWith("not a CloudEvent"), reasons.get(notJson));
        assertEquals("the event lacks recommenderOrgId", reasons.get(unroutable));
    }

    /** Dead letters of application-events: the record's value → the reason header the inbox wrote. */
    static Map<String, String> deadLetters() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-check-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, String> reasons = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of("application-events-dlq"));
            long end = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < end && reasons.size() < 2) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> reasons.put(r.value(),
                        new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)));
            }
        }
        return reasons;
    }
}
