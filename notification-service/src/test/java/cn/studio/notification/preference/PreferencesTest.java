package cn.studio.notification.preference;

import cn.studio.notification.Events;
import cn.studio.testsupport.TestServers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user turns a channel off for a category: the choice is kept, and notices of that category skip the channel. */
@QuarkusTest
class PreferencesTest {
    private static final String APPLICANT1_PHONE = "13800000031";

    @AfterEach
    void restore() {
        Preferences.set("applicant1", "APPLICATION", "SMS", true);
    }

    @Test
    void aChoiceIsKeptPerCategoryAndChannel() {
        Preferences.set("applicant1", "APPLICATION", "SMS", false);
        given().header("Authorization", "Bearer " + TestServers.keycloakToken("applicant1"))
                .get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("find { it.category == 'APPLICATION' && it.channel == 'SMS' }.enabled", equalTo(false))
                .body("find { it.category == 'APPLICATION' && it.channel == 'EMAIL' }.enabled", equalTo(true))
                .body("find { it.category == 'CAMPAIGN' && it.channel == 'SMS' }.enabled", equalTo(true));
    }

    @Test
    void aChannelTurnedOffIsNotUsedForThatCategory() {
        Preferences.set("applicant1", "APPLICATION", "SMS", false);
        String app = UUID.randomUUID().toString();
        String studio = "偏" + app.substring(0, 6) + "职工创新工作室";
        String event = UUID.randomUUID().toString();
        Events.send("application-events", app, Events.cloudEvent(event, "application.returned", "application/" + app,
                Map.of("application", Events.application(app, studio, "13900003333", null), "reason", "请补充", "returnedBy", "recommender1")));

        String admin = "Bearer " + TestServers.keycloakToken("admin1");
        await().atMost(Duration.ofSeconds(40)).until(() -> TestServers.sms().messages("13900003333").stream()
                .anyMatch(s -> s.templateParam().contains(studio)));
        List<Map<String, Object>> deliveries = given().header("Authorization", admin).queryParam("eventId", event)
                .get("/api/v1/notifications/deliveries").then().statusCode(200).extract().path("");
        assertTrue(deliveries.stream().anyMatch(d -> "applicant1".equals(d.get("recipient")) && "EMAIL".equals(d.get("channel"))),
                "e-mail still goes to applicant1: " + deliveries);
        assertEquals(0, deliveries.stream().filter(d -> "applicant1".equals(d.get("recipient")) && "SMS".equals(d.get("channel"))).count(),
                "no SMS is planned for applicant1: " + deliveries);
        assertTrue(TestServers.sms().messages(APPLICANT1_PHONE).stream().noneMatch(s -> s.templateParam().contains(studio)));
    }
}
