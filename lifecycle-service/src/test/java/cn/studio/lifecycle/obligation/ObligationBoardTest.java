package cn.studio.lifecycle.obligation;

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
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The union's board shows the overdue, the returned and the waiting across studios. */
@QuarkusTest
class ObligationBoardTest {
    private static List<Integer> quartersOf(String status, String studio) {
        return as(ADMIN).queryParam("year", 2026).queryParam("status", status).get("/api/v1/studios/obligations").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.studioId == '" + studio + "' }.obligation.quarter");
    }

    @Test
    void theBoardSortsEachStudiosObligationsByWhereTheyStand() {
        World w = new World().named("看板甲");
        String studio = w.studioId(0);
        String reports = "/api/v1/studios/" + studio + "/reports";
        for (int q = 1; q <= 2; q++) {
            String r = as(w.studioToken(0)).body(body("kind", "QUARTERLY_SUMMARY", "year", 2026, "quarter", q)).post(reports)
                    .then().statusCode(201).extract().path("id");
            as(w.studioToken(0)).body(body("version", 0, "sections", Map.of("work", "w", "results", "r", "next", "n")))
                    .put(reports + "/" + r).then().statusCode(200);
            as(w.studioToken(0)).body(body("version", 1)).post(reports + "/" + r + "/submit").then().statusCode(200);
            if (q == 2) {
                as(ADMIN).body(body("version", 2, "comment", "请补充")).post(reports + "/" + r + "/return").then().statusCode(200);
            }
        }
        QuarkusMock.installMockForType(Clock.fixed(OffsetDateTime.parse("2026-10-10T09:00:00+08:00").toInstant(), ZoneOffset.UTC), Clock.class);
        assertEquals(List.of(1), quartersOf("SUBMITTED", studio));
        assertEquals(List.of(2), quartersOf("RETURNED", studio));
        assertEquals(List.of(2), quartersOf("OVERDUE", studio));
        assertEquals(List.of(3), quartersOf("DUE_SOON", studio));
        as(ADMIN).queryParam("status", "LATE").get("/api/v1/studios/obligations").then().statusCode(400)
                .body("code", equalTo("INVALID_VALUE"));
        as(w.studioToken(0)).get("/api/v1/studios/obligations").then().statusCode(403);
    }
}
