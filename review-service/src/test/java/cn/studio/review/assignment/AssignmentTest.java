package cn.studio.review.assignment;

import cn.studio.review.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AssignmentTest {
    private static String assignments(World w) {
        return "/api/v1/reviews/rounds/" + w.roundId + "/assignments";
    }

    @Test
    void aBatchIsAllOrNothing() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        String r = w.reviewer("expert-a");
        w.round(3, 10);
        as(ADMIN).body(Map.of("assignments", List.of(Map.of("applicationId", c, "reviewer", r),
                        Map.of("applicationId", c, "reviewer", "stranger"),
                        Map.of("applicationId", UUID.randomUUID(), "reviewer", r))))
                .post(assignments(w)).then().statusCode(422)
                .body("errors.code", equalTo(List.of("NOT_ON_PANEL", "CASE_NOT_IN_ROUND")))
                .body("errors.field", equalTo(List.of("assignments[1].reviewer", "assignments[2].applicationId")));
        as(ADMIN).get(assignments(w)).then().body("$", empty());
    }

    @Test
    void theLoadLimitAndKPerCaseHold() {
        World w = new World().campaign(10);
        UUID a = w.screenedCase("甲");
        UUID b = w.screenedCase("乙");
        String r1 = w.reviewer("expert-a");
        String r2 = w.reviewer("expert-b");
        w.round(1, 1);
        w.assign(a, r1);
        as(ADMIN).body(Map.of("assignments", List.of(Map.of("applicationId", b, "reviewer", r1))))
                .post(assignments(w)).then().statusCode(422).body("errors.code", equalTo(List.of("LOAD_EXCEEDED")));
        as(ADMIN).body(Map.of("assignments", List.of(Map.of("applicationId", a, "reviewer", r2))))
                .post(assignments(w)).then().statusCode(422).body("errors.code", equalTo(List.of("CASE_FULL")));
        as(ADMIN).body(Map.of("assignments", List.of(Map.of("applicationId", a, "reviewer", r1))))
                .post(assignments(w)).then().statusCode(422).body("errors.code", equalTo(List.of("ALREADY_ASSIGNED")));
    }

    @Test
    void thePreviewChangesNothing() {
        World w = new World().campaign(10);
        w.screenedCase("甲", "TECHNOLOGY");
        w.reviewer("expert-a", "TECHNOLOGY");
        w.round(1, 5);
        as(ADMIN).post(assignments(w) + "/automatic/preview").then().statusCode(200).body("assignments", hasSize(1));
        as(ADMIN).get(assignments(w)).then().body("$", empty());
    }

    @Test
    void automaticAssignmentHonoursConflictsKLoadsAndBalance() {
        World w = new World().campaign(10);
        String conflictedOrg = "unit-c-" + w.tag;
        UUID conflicted = w.caseOf(conflictedOrg, "rec-" + w.tag, "回避", "MANAGEMENT");
        for (int i = 0; i < 7; i++) {
            w.screenedCase("专家" + i, i % 2 == 0 ? "TECHNOLOGY" : "MANAGEMENT");
        }
        String insider = w.reviewer(conflictedOrg, "MANAGEMENT");
        for (int i = 0; i < 4; i++) {
            w.reviewer("expert-" + i, i % 2 == 0 ? "TECHNOLOGY" : "MANAGEMENT");
        }
        w.round(3, 6);
        JsonPath plan = as(ADMIN).post(assignments(w) + "/automatic").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of(), plan.getMap("unfilled"));

        List<Map<String, Object>> stored = as(ADMIN).get(assignments(w)).then().extract().jsonPath().getList("$");
        assertEquals(8 * 3, stored.size());
        Map<String, Integer> perCase = new HashMap<>();
        Map<String, Integer> perReviewer = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (Map<String, Object> line : stored) {
            String caseId = (String) line.get("applicationId");
            String reviewer = (String) line.get("reviewer");
            assertTrue(pairs.add(caseId + reviewer), "a pair twice");
            assertFalse(caseId.equals(conflicted.toString()) && reviewer.equals(insider), "conflicted pair assigned");
            perCase.merge(caseId, 1, Integer::sum);
            perReviewer.merge(reviewer, 1, Integer::sum);
            assertEquals("AUTOMATIC", line.get("method"));
        }
        perCase.values().forEach(n -> assertEquals(3, n));
        perReviewer.values().forEach(n -> assertTrue(n <= 6, "load over the limit"));
        int max = perReviewer.values().stream().max(Integer::compare).orElseThrow();
        int min = perReviewer.values().stream().min(Integer::compare).orElseThrow();
        assertTrue(max - min <= 1, "unbalanced: " + perReviewer);
    }

    @Test
    void whatCannotBeFilledIsReportedNotForced() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("甲");
        w.reviewer("expert-a");
        w.round(3, 5);
        as(ADMIN).post(assignments(w) + "/automatic").then().statusCode(200)
                .body("assignments", hasSize(1)).body("unfilled.'" + c + "'", equalTo(2));
    }

    @Test
    void withdrawingAnAssignmentDropsTheDraftButNotASubmittedScore() {
        World w = new World().campaign(10);
        UUID a = w.screenedCase("甲");
        UUID b = w.screenedCase("乙");
        String r = w.reviewer("expert-a");
        w.round(3, 5);
        w.assign(a, r);
        w.assign(b, r);
        as(w.token(r)).body(Map.of("scores", Map.of("LEADER", 10))).put("/api/v1/reviews/rounds/" + w.roundId + "/cases/" + a + "/scorecard")
                .then().statusCode(200);
        w.score(w.token(r), b, 0.5);
        as(ADMIN).delete(assignments(w) + "/" + a + "/" + r).then().statusCode(204);
        as(ADMIN).delete(assignments(w) + "/" + b + "/" + r).then().statusCode(409).body("code", equalTo("SCORECARD_SUBMITTED"));
        as(w.token(r)).get(assignments(w)).then().body("applicationId", equalTo(List.of(b.toString())));
    }

    @Test
    void aReviewerSeesOnlyTheirOwnAssignmentsAndCases() {
        World w = new World().campaign(10);
        UUID a = w.screenedCase("甲");
        UUID b = w.screenedCase("乙");
        String r1 = w.reviewer("expert-a");
        String r2 = w.reviewer("expert-b");
        w.round(3, 5);
        w.assign(a, r1);
        w.assign(b, r2);
        as(w.token(r1)).get(assignments(w)).then().body("reviewer", equalTo(List.of(r1)));
        as(w.token(r1)).get("/api/v1/reviews/cases/" + b).then().statusCode(404);
        as(w.token(r1)).get("/api/v1/reviews/cases/mine").then().body("applicationId", equalTo(List.of(a.toString())))
                .body("[0].scorecardState", equalTo("NOT_STARTED"));
        as(ADMIN).get(assignments(w)).then().body("reviewer", hasItems(r1, r2));
    }
}
