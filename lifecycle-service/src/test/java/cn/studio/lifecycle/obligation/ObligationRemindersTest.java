package cn.studio.lifecycle.obligation;

import cn.studio.lifecycle.Outboxed;
import cn.studio.lifecycle.World;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static cn.studio.lifecycle.World.ADMIN;
import static cn.studio.lifecycle.World.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The calendar per studio and the reminder job, with the service's clock moved instead of waiting. */
@QuarkusTest
class ObligationRemindersTest {
    @Inject
    ObligationService obligations;

    private static void at(String beijing) {
        QuarkusMock.installMockForType(Clock.fixed(OffsetDateTime.parse(beijing + "T09:00:00+08:00").toInstant(), ZoneOffset.UTC), Clock.class);
    }

    private static List<String> reminders(String studioId) {
        return Outboxed.types(studioId).stream().filter(t -> t.startsWith("studio.report.")).toList();
    }

    @Test
    void theCalendarOfTheNamingYearStartsAfterTheNamingDay() {
        World w = new World().named("日历甲");
        at("2026-05-01");
        as(w.studioToken(0)).queryParam("year", 2026).get("/api/v1/studios/" + w.studioId(0) + "/obligations").then()
                .statusCode(200).body("", hasSize(5))
                .body("[0].kind", equalTo("QUARTERLY_SUMMARY")).body("[0].quarter", equalTo(1))
                .body("[0].dueDate", equalTo("2026-04-15")).body("[0].overdue", equalTo(true))
                .body("[0].state", equalTo("OPEN")).body("[0].stateLabel", equalTo("待报送"))
                .body("[4].kind", equalTo("ANNUAL_SUMMARY")).body("[4].dueDate", equalTo("2027-01-15"));
        as(ADMIN).queryParam("year", 2025).get("/api/v1/studios/" + w.studioId(0) + "/obligations").then()
                .statusCode(400).body("code", equalTo("YEAR_OUT_OF_RANGE"));
    }

    @Test
    void eachReminderGoesOutOnceAsTheClockMoves() {
        World w = new World().named("日历乙");
        String id = w.studioId(0);
        at("2026-04-07");
        obligations.remind();
        assertEquals(List.of(), reminders(id));
        at("2026-04-08");
        obligations.remind();
        obligations.remind();
        assertEquals(List.of("studio.report.due"), reminders(id));
        at("2026-04-14");
        obligations.remind();
        at("2026-04-16");
        obligations.remind();
        at("2026-04-20");
        obligations.remind();
        assertEquals(List.of("studio.report.due", "studio.report.due", "studio.report.overdue"), reminders(id));

        List<JsonNode> events = Outboxed.about(id).stream().filter(e -> e.get("type").asText().startsWith("studio.report.")).toList();
        JsonNode week = events.get(0).get("data");
        assertEquals("QUARTERLY_SUMMARY", week.get("kind").asText());
        assertEquals("季度工作总结", week.get("kindLabel").asText());
        assertEquals(1, week.get("quarter").asInt());
        assertEquals("2026-04-15", week.get("dueDate").asText());
        assertEquals(7, week.get("daysLeft").asInt());
        assertEquals(w.unit(0), week.at("/studio/unitOrgId").asText());
        assertEquals(1, events.get(1).at("/data/daysLeft").asInt());
        assertEquals(1, events.get(2).at("/data/daysOverdue").asInt());
    }

    @Test
    void aDelistedStudioIsRemindedOfNothing() {
        World w = new World().named("日历丙");
        String id = w.studioId(0);
        as(ADMIN).body(World.body("version", 0, "reason", "r", "deadline", "2099-01-01")).post("/api/v1/studios/" + id + "/warning");
        as(ADMIN).body(World.body("version", 1, "reason", "r")).post("/api/v1/studios/" + id + "/delisting");
        as(World.COMMISSION).body(World.body("version", 2)).post("/api/v1/studios/" + id + "/delisting/approve").then().statusCode(200);
        at("2026-04-16");
        obligations.remind();
        assertEquals(List.of(), reminders(id));
    }
}
