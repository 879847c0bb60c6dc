package cn.studio.notification.delivery;

import cn.studio.notification.Events;
import cn.studio.notification.preference.Preferences;
import cn.studio.stack.MailSink;
import cn.studio.testsupport.TestServers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Retries that outlast an outage, a failed SMS that becomes an e-mail, and the delivery log that shows it all. */
@QuarkusTest
class DeliveryFaultsTest {

    private static long mailsAbout(String to, String marker) {
        return TestServers.mail().messages(to).stream().filter(m -> m.subject().contains(marker)).count();
    }

    @Test
    void smtpDownFor30sThenEverythingIsDeliveredOnce() throws Exception {
        List<String> studios = new ArrayList<>();
        TestServers.stopMail();
        Instant stopped = Instant.now();
        try {
            for (int i = 0; i < 10; i++) {
                String app = UUID.randomUUID().toString();
                String studio = "停" + app.substring(0, 6) + "职工创新工作室";
                studios.add(studio);
                Events.send("application-events", app, Events.submitted(UUID.randomUUID().toString(), app, studio));
            }
            Thread.sleep(Math.max(0, Duration.ofSeconds(30).minus(Duration.between(stopped, Instant.now())).toMillis()));
        } finally {
            TestServers.restartMail();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> studios.stream().allMatch(s -> mailsAbout("recommender1@studio.local", s) >= 1));
        for (String s : studios) {
            assertEquals(1, mailsAbout("recommender1@studio.local", s), s);
        }
        String admin = "Bearer " + TestServers.keycloakToken("admin1");
        given().header("Authorization", admin).queryParam("recipient", "recommender1@studio.local").queryParam("channel", "EMAIL")
                .queryParam("limit", 10).get("/api/v1/notifications/deliveries").then().statusCode(200)
                .body("[0].status", equalTo("SENT"))
                .body("[0].attempts", greaterThan(1))
                .body("[0].attemptLog[0].outcome", equalTo("RETRY"));
    }

    @Test
    void anSmsThatFailsForGoodIsSentByEmailInstead() {
        Preferences.set("applicant2", "APPLICATION", "EMAIL", false);
        TestServers.sms().refuse("13800000032", "isv.MOBILE_NUMBER_ILLEGAL");
        try {
            String app = UUID.randomUUID().toString();
            String studio = "退" + app.substring(0, 6) + "职工创新工作室";
            Map<String, Object> summary = Events.application(app, studio, null, null);
            summary.put("applicantOrgId", "unit-002");
            Events.send("application-events", app, Events.cloudEvent(UUID.randomUUID().toString(), "application.endorsed",
                    "application/" + app, Map.of("application", summary, "opinion", "同意", "endorsedBy", "recommender1")));
            await().atMost(Duration.ofSeconds(40)).until(() -> mailsAbout("applicant2@studio.local", studio) == 1);
            String admin = "Bearer " + TestServers.keycloakToken("admin1");
            given().header("Authorization", admin).queryParam("recipient", "applicant2").get("/api/v1/notifications/deliveries")
                    .then().statusCode(200)
                    .body("find { it.subject.contains('" + studio + "') && it.channel == 'SMS' }.status", equalTo("FAILED"))
                    .body("find { it.subject.contains('" + studio + "') && it.channel == 'SMS' }.lastError",
                            org.hamcrest.Matchers.startsWith("isv.MOBILE_NUMBER_ILLEGAL"))
                    .body("find { it.subject.contains('" + studio + "') && it.channel == 'EMAIL' }.fallbackOf",
                            org.hamcrest.Matchers.notNullValue());
        } finally {
            TestServers.sms().accept("13800000032");
            Preferences.set("applicant2", "APPLICATION", "EMAIL", true);
        }
    }

    @Test
    void aPassingSmsFailureIsRetried() {
        TestServers.sms().refuse("13800000021", "isv.BUSINESS_LIMIT_CONTROL");
        try {
            refusedThenAccepted();
        } finally {
            TestServers.sms().accept("13800000021");
        }
    }

    private void refusedThenAccepted() {
        String app = UUID.randomUUID().toString();
        String studio = "限" + app.substring(0, 6) + "职工创新工作室";
        Events.send("application-events", app, Events.submitted(UUID.randomUUID().toString(), app, studio));
        String admin = "Bearer " + TestServers.keycloakToken("admin1");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", admin)
                .queryParam("recipient", "13800000021").get("/api/v1/notifications/deliveries").then().extract()
                .<List<Map<String, Object>>>path("findAll { it.subject.contains('" + studio + "') }").stream()
                .anyMatch(d -> ((Number) d.get("attempts")).intValue() >= 1 && "PENDING".equals(d.get("status"))));
        TestServers.sms().accept("13800000021");
        await().atMost(Duration.ofSeconds(30)).until(() -> TestServers.sms().messages("13800000021").stream()
                .anyMatch(s -> s.templateParam().contains(studio)));
    }

    @SuppressWarnings("unused")
    private static MailSink mail() {
        return TestServers.mail();
    }
}
