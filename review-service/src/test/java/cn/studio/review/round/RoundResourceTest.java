package cn.studio.review.round;

import cn.studio.review.World;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.COMMISSION;
import static cn.studio.review.World.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RoundResourceTest {

    @Test
    void aRoundOpensWithTheFiveBasicConditionsAndThreeReviewersPerCase() {
        World w = new World().campaign(10);
        w.reviewer("expert-a", "TECHNOLOGY");
        Map<String, Object> body = new HashMap<>(w.roundBody(3, 10, w.reviewers));
        body.remove("reviewersPerCase");
        as(ADMIN).body(body).post("/api/v1/reviews/rounds").then().statusCode(201)
                .body("reviewersPerCase", equalTo(3)).body("state", equalTo("OPEN")).body("stateLabel", equalTo("评审中"))
                .body("rubric.criteria.code", equalTo(List.of("LEADER", "VENUE", "RULES", "FUNDS", "RESULTS")))
                .body("rubric.criteria.maxScore", equalTo(List.of(20, 15, 15, 15, 35)))
                .body("panel", equalTo(w.reviewers))
                .body("scoringDeadline", org.hamcrest.Matchers.endsWith("+08:00"));
    }

    @Test
    void aCampaignNobodyAnnouncedCannotBeReviewed() {
        World w = new World();
        as(ADMIN).body(w.roundBody(3, 10, List.of())).post("/api/v1/reviews/rounds").then().statusCode(422)
                .contentType("application/problem+json").body("errors.code", hasItem("CAMPAIGN_UNKNOWN"));
    }

    @Test
    void deadlinesInThePastAndUnknownReviewersAreNamedAtOnce() {
        World w = new World().campaign(10);
        Map<String, Object> body = new HashMap<>(w.roundBody(3, 10, List.of("nobody-" + w.tag)));
        body.put("scoringDeadline", World.inDays(-1).toString());
        as(ADMIN).body(body).post("/api/v1/reviews/rounds").then().statusCode(422)
                .body("errors.code", hasItems("DEADLINE_PAST", "REVIEWER_UNKNOWN"))
                .body("errors.field", hasItems("scoringDeadline", "panel"));
    }

    @Test
    void oneOpenRoundPerCampaign() {
        World w = new World().campaign(10).round(3, 10);
        as(ADMIN).body(w.roundBody(3, 10, List.of())).post("/api/v1/reviews/rounds").then().statusCode(409)
                .body("code", equalTo("ROUND_ALREADY_OPEN"));
    }

    @Test
    void aRubricWithDuplicateCodesIsRefused() {
        World w = new World().campaign(10);
        Map<String, Object> body = new HashMap<>(w.roundBody(3, 10, List.of()));
        Map<String, Object> c = Map.of("code", "LEADER", "label", "领军人物", "maxScore", 50, "weight", 1);
        body.put("rubric", Map.of("criteria", List.of(c, c)));
        as(ADMIN).body(body).post("/api/v1/reviews/rounds").then().statusCode(422)
                .body("errors.code", hasItem("RUBRIC_DUPLICATE_CODE"));
    }

    @Test
    void aReviewerSeesOnlyRoundsOfTheirPanel() {
        World w = new World().campaign(10);
        String member = w.reviewer("expert-a");
        w.round(3, 10);
        World other = new World();
        String outsider = other.reviewer("expert-b");
        as(w.token(member)).get("/api/v1/reviews/rounds/" + w.roundId).then().statusCode(200);
        as(other.token(outsider)).get("/api/v1/reviews/rounds/" + w.roundId).then().statusCode(404);
        as(other.token(outsider)).get("/api/v1/reviews/rounds").then().statusCode(200)
                .body("id", not(hasItem(w.roundId)));
        as(COMMISSION).get("/api/v1/reviews/rounds?campaignId=" + w.campaignId).then().statusCode(200)
                .body("id", equalTo(List.of(w.roundId)));
    }

    @Test
    void aChangeBasedOnAStaleVersionIsAConflict() {
        World w = new World().campaign(10).round(3, 10);
        Map<String, Object> change = new HashMap<>(Map.of("version", 0, "name", "改名", "maxLoad", 12,
                "scoringDeadline", World.inDays(12).toString()));
        as(ADMIN).body(change).put("/api/v1/reviews/rounds/" + w.roundId).then().statusCode(200).body("maxLoad", equalTo(12));
        as(ADMIN).body(change).put("/api/v1/reviews/rounds/" + w.roundId).then().statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
    }

    @Test
    void aPanelMemberWithAssignmentsCannotBeDropped() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        String r = w.reviewer("expert-a");
        w.round(3, 10);
        w.assign(c, r);
        as(ADMIN).body(Map.of("reviewers", List.of())).put("/api/v1/reviews/rounds/" + w.roundId + "/panel")
                .then().statusCode(409).body("code", equalTo("PANEL_MEMBER_ASSIGNED"));
        String r2 = w.reviewer("expert-b");
        as(ADMIN).body(Map.of("reviewers", List.of(r, r2))).put("/api/v1/reviews/rounds/" + w.roundId + "/panel")
                .then().statusCode(200).body("panel", hasSize(2));
    }
}
