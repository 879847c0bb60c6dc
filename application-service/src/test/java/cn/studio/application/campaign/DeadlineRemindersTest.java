package cn.studio.application.campaign;

import cn.studio.application.EventLog;
import cn.studio.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import static cn.studio.application.Fixtures.ADMIN;
import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DeadlineRemindersTest {
    @Inject
    DeadlineReminders reminders;

    @Test
    void unitsWithDraftsAreRemindedOnceWithinTheLastWeek() {
        String campaign = as(ADMIN).body(Fixtures.campaignBody(LocalDateTime.now(Campaign.ZONE).plusDays(3)))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        as(ADMIN).body(Map.of("to", "OPEN")).post("/api/v1/campaigns/" + campaign + "/transitions").then().statusCode(200);
        String draft = Fixtures.createDraft(APPLICANT1, campaign, Fixtures.completeForm("提醒", 3));

        assertTrue(reminders.sendDue() >= 1);
        assertEquals(0, reminders.sendDue(), "a reminder goes out once");

        var reminder = EventLog.readUntil(es -> es.stream().anyMatch(e -> campaign.equals(e.key())
                        && e.type().equals("campaign.deadline-approaching")), Duration.ofSeconds(30)).stream()
                .filter(e -> campaign.equals(e.key()) && e.type().equals("campaign.deadline-approaching")).findFirst().orElseThrow();
        var data = reminder.envelope().path("data");
        assertEquals(7, data.path("daysBefore").asInt());
        assertEquals("unit-001", data.path("units").get(0).path("orgId").asText());
        assertEquals(draft, data.path("units").get(0).path("applicationId").asText());
        assertEquals("李联络", data.path("units").get(0).path("contactName").asText());
    }
}
