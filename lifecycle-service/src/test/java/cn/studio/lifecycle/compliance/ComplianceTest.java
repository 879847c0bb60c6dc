package cn.studio.lifecycle.compliance;

import cn.studio.lifecycle.World;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static cn.studio.lifecycle.World.ADMIN;
import static cn.studio.lifecycle.World.as;
import static cn.studio.lifecycle.World.body;
import static org.hamcrest.Matchers.equalTo;

/** At year end, the studio that filed nothing and recorded nothing is proposed for a warning; a diligent one is not. */
@QuarkusTest
class ComplianceTest {
    @Test
    void theYearEndEvaluationProposesAWarningForTheStudioThatDidNothing() {
        World w = new World().named("考核甲", "考核乙");
        String idle = w.studioId(0);
        String busy = w.studioId(1);
        String reports = "/api/v1/studios/" + busy + "/reports";
        for (int q = 1; q <= 4; q++) {
            String r = as(w.studioToken(1)).body(body("kind", "QUARTERLY_SUMMARY", "year", 2026, "quarter", q)).post(reports)
                    .then().statusCode(201).extract().path("id");
            as(w.studioToken(1)).body(body("version", 0, "sections", Map.of("work", "w", "results", "r", "next", "n")))
                    .put(reports + "/" + r).then().statusCode(200);
            as(w.studioToken(1)).body(body("version", 1)).post(reports + "/" + r + "/submit").then().statusCode(200);
        }
        as(w.studioToken(1)).body(body("title", "成果", "type", "OTHER", "participants", List.of("乙"), "achievedOn", "2026-06-01"))
                .post("/api/v1/studios/" + busy + "/results").then().statusCode(201);

        QuarkusMock.installMockForType(Clock.fixed(OffsetDateTime.parse("2027-01-10T09:00:00+08:00").toInstant(), ZoneOffset.UTC), Clock.class);
        var found = as(ADMIN).queryParam("year", 2026).get("/api/v1/studios/compliance").then().statusCode(200).extract().jsonPath();
        String idlePath = "find { it.studioId == '" + idle + "' }";
        String busyPath = "find { it.studioId == '" + busy + "' }";
        org.junit.jupiter.api.Assertions.assertEquals(List.of("QUARTERLY_SUMMARY_MISSING", "TOO_FEW_RESULTS"),
                found.getList(idlePath + ".findings.code"));
        org.junit.jupiter.api.Assertions.assertEquals(true, found.getBoolean(idlePath + ".proposeWarning"));
        org.junit.jupiter.api.Assertions.assertEquals(false, found.getBoolean(idlePath + ".proposeDelisting"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), found.getList(busyPath + ".findings"));
        org.junit.jupiter.api.Assertions.assertEquals(1, found.getInt(busyPath + ".results"));
        as(w.studioToken(0)).get("/api/v1/studios/compliance").then().statusCode(403);
        as(ADMIN).queryParam("year", 2028).get("/api/v1/studios/compliance").then().statusCode(400)
                .body("code", equalTo("YEAR_OUT_OF_RANGE"));
    }

    @Test
    void aWarningLeftUnresolvedPastItsDeadlineProposesDelisting() {
        World w = new World().named("考核丙");
        String id = w.studioId(0);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        as(ADMIN).body(body("version", 0, "reason", "全年无成果", "deadline", today.plusDays(5).toString()))
                .post("/api/v1/studios/" + id + "/warning").then().statusCode(200);
        java.time.Instant later = today.plusDays(10).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        QuarkusMock.installMockForType(Clock.fixed(later, ZoneOffset.UTC), Clock.class);
        String path = "find { it.studioId == '" + id + "' }";
        var found = as(ADMIN).queryParam("year", today.plusDays(10).getYear()).get("/api/v1/studios/compliance").then()
                .statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(true, found.getBoolean(path + ".proposeDelisting"));
        org.junit.jupiter.api.Assertions.assertEquals(false, found.getBoolean(path + ".proposeWarning"));
        org.junit.jupiter.api.Assertions.assertTrue(found.getList(path + ".findings.code").contains("WARNING_DEADLINE_PASSED"));
    }
}
