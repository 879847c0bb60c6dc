package cn.studio.review.conflict;

import cn.studio.review.World;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ConflictTest {

    @Test
    void aReviewerOfTheApplicantUnitCannotBeAssigned() {
        World w = new World().campaign(10);
        UUID c = w.caseOf("unit-x-" + UUID.randomUUID(), "rec-x", "张三");
        String applicantOrg = "unit-own-" + w.tag;
        UUID own = w.caseOf(applicantOrg, "rec-" + w.tag, "李四");
        String insider = w.reviewer(applicantOrg);
        w.round(3, 10);
        w.assign(c, insider);
        as(ADMIN).body(Map.of("assignments", List.of(Map.of("applicationId", own, "reviewer", insider))))
                .post("/api/v1/reviews/rounds/" + w.roundId + "/assignments").then().statusCode(422)
                .body("errors.code", equalTo(List.of("CONFLICT_OF_INTEREST")));
    }

    @Test
    void aReviewerOfTheRecommendingUnitIsConflictedToo() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        String recommenderSide = w.reviewer("rec-" + w.tag);
        w.round(3, 10);
        as(ADMIN).body(Map.of("assignments", List.of(Map.of("applicationId", c, "reviewer", recommenderSide))))
                .post("/api/v1/reviews/rounds/" + w.roundId + "/assignments").then().statusCode(422)
                .body("errors.code", hasItem("CONFLICT_OF_INTEREST"));
        as(w.token(recommenderSide)).get("/api/v1/reviews/rounds/" + w.roundId + "/units").then().statusCode(200)
                .body("find { it.applicationId == '" + c + "' }.conflict", equalTo("RECOMMENDING_UNIT"))
                .body("find { it.applicationId == '" + c + "' }.conflictLabel", equalTo("推荐单位"));
    }

    @Test
    void aDeclaredConflictTakesTheCaseAwayAndHidesIt() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        String r = w.reviewer("expert-a");
        w.round(3, 10);
        w.assign(c, r);
        String card = "/api/v1/reviews/rounds/" + w.roundId + "/cases/" + c + "/scorecard";
        as(w.token(r)).body(Map.of("scores", Map.of("LEADER", 10))).put(card).then().statusCode(200);
        as(w.token(r)).get("/api/v1/reviews/cases/" + c).then().statusCode(200);

        as(w.token(r)).body(Map.of("applicationId", c, "kind", "PERSONAL", "note", "亲属在该单位"))
                .post("/api/v1/reviews/conflicts").then().statusCode(201).body("reviewer", equalTo(r));

        as(w.token(r)).get("/api/v1/reviews/cases/" + c).then().statusCode(404);
        as(w.token(r)).get(card).then().statusCode(404);
        as(ADMIN).get("/api/v1/reviews/rounds/" + w.roundId + "/assignments").then().body("reviewer", empty());
        as(ADMIN).body(Map.of("assignments", List.of(Map.of("applicationId", c, "reviewer", r))))
                .post("/api/v1/reviews/rounds/" + w.roundId + "/assignments").then().statusCode(422)
                .body("errors.code", hasItem("CONFLICT_OF_INTEREST"));
    }

    @Test
    void aConflictCannotBeDeclaredAfterTheScoreIsIn() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        String r = w.reviewer("expert-a");
        w.round(3, 10);
        w.assign(c, r);
        w.score(w.token(r), c, 0.8);
        as(w.token(r)).body(Map.of("applicationId", c, "kind", "OTHER")).post("/api/v1/reviews/conflicts")
                .then().statusCode(409).body("code", equalTo("SCORECARD_SUBMITTED"));
        as(w.token(r)).get("/api/v1/reviews/cases/" + c).then().statusCode(200);
    }

    @Test
    void unionAdminRecordsAConflictForAReviewer() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        String r = w.reviewer("expert-a");
        w.round(3, 10);
        as(ADMIN).body(Map.of("applicationId", c, "reviewer", r, "kind", "COLLABORATOR", "note", "曾合作项目"))
                .post("/api/v1/reviews/conflicts").then().statusCode(201).body("kindLabel", equalTo("合作关系"));
        as(w.token(r)).get("/api/v1/reviews/conflicts").then().body("applicationId", equalTo(List.of(c.toString())));
        as(w.token(r)).get("/api/v1/reviews/rounds/" + w.roundId + "/units").then()
                .body("[0].conflict", equalTo("COLLABORATOR"));
    }

    @Test
    void automaticKindsAreNotDeclared() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        String r = w.reviewer("expert-a");
        w.round(3, 10);
        as(w.token(r)).body(Map.of("applicationId", c, "kind", "SAME_UNIT")).post("/api/v1/reviews/conflicts")
                .then().statusCode(400).body("code", equalTo("CONFLICT_KIND_AUTOMATIC"));
    }

    @Test
    void aReviewerOutsideTheCampaignsPanelsCannotProbeCases() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        w.round(3, 10);
        World other = new World();
        String outsider = other.reviewer("expert-z");
        as(other.token(outsider)).body(Map.of("applicationId", c, "kind", "OTHER")).post("/api/v1/reviews/conflicts")
                .then().statusCode(404);
        as(other.token(outsider)).get("/api/v1/reviews/rounds/" + w.roundId + "/units").then().statusCode(404);
    }
}
