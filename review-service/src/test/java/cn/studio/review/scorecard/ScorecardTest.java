package cn.studio.review.scorecard;

import cn.studio.review.World;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.COMMISSION;
import static cn.studio.review.World.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ScorecardTest {
    World w;
    UUID c;
    String r1;
    String r2;
    String card;

    void world() {
        w = new World().campaign(10);
        c = w.screenedCase("张三");
        r1 = w.reviewer("expert-a");
        r2 = w.reviewer("expert-b");
        w.round(3, 5);
        w.assign(c, r1);
        w.assign(c, r2);
        card = "/api/v1/reviews/rounds/" + w.roundId + "/cases/" + c + "/scorecard";
    }

    @Test
    void aDraftKeepsPartialScoresAndHasNoTotalYet() {
        world();
        as(w.token(r1)).get(card).then().statusCode(200).body("state", equalTo("DRAFT")).body("version", equalTo(0))
                .body("rubric.criteria", hasSize(5));
        as(w.token(r1)).body(Map.of("scores", Map.of("LEADER", 18.5), "panelComment", "初评")).put(card).then()
                .statusCode(200).body("scores.LEADER", equalTo(18.5f)).body("total", nullValue());
    }

    @Test
    void scoresOutsideTheRubricAreRefusedByName() {
        world();
        as(w.token(r1)).body(Map.of("scores", Map.of("LEADER", 21, "VENUE", -1, "FUNDS", 3.25, "BOGUS", 1))).put(card)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.code", containsInAnyOrder("SCORE_OUT_OF_RANGE", "SCORE_OUT_OF_RANGE", "SCORE_PRECISION", "CRITERION_UNKNOWN"))
                .body("errors.field", hasItems("scores.LEADER", "scores.BOGUS"));
    }

    @Test
    void submissionNeedsEveryCriterionAndTheComment() {
        world();
        as(w.token(r1)).body(Map.of("scores", Map.of("LEADER", 10))).put(card).then().statusCode(200);
        as(w.token(r1)).post(card + "/submit").then().statusCode(422)
                .body("errors.code", hasItems("SCORE_MISSING", "COMMENT_REQUIRED"))
                .body("errors.field", hasItems("scores.RESULTS", "panelComment"));
    }

    @Test
    void theTotalIsWeightedOnAHundredAndASubmittedCardIsFixed() {
        world();
        w.score(w.token(r1), c, 0.8);
        as(w.token(r1)).get(card).then().body("state", equalTo("SUBMITTED")).body("total", equalTo(80.0f));
        as(w.token(r1)).body(Map.of("scores", Map.of("LEADER", 1))).put(card).then().statusCode(409)
                .body("code", equalTo("SCORECARD_SUBMITTED"));
        as(w.token(r1)).post(card + "/submit").then().statusCode(409).body("code", equalTo("SCORECARD_SUBMITTED"));
    }

    @Test
    void reviewIsBlindUntilOnesOwnScoreIsIn() {
        world();
        w.score(w.token(r2), c, 0.6);
        as(w.token(r1)).get(card + "s").then().statusCode(409).body("code", equalTo("SCORES_BLIND"));
        w.score(w.token(r1), c, 0.9);
        as(w.token(r1)).get(card + "s").then().statusCode(200)
                .body("reviewer", containsInAnyOrder(r1, "评审专家A"))
                .body("reviewer", not(hasItem(r2)))
                .body("find { !it.mine }.total", equalTo(60.0f));
        as(COMMISSION).get(card + "s").then().statusCode(200).body("reviewer", containsInAnyOrder(r1, r2));
    }

    @Test
    void aConcurrentEditFromAnotherWindowIsAConflict() {
        world();
        as(w.token(r1)).body(Map.of("scores", Map.of("LEADER", 10))).put(card).then().statusCode(200).body("version", equalTo(0));
        as(w.token(r1)).body(Map.of("scores", Map.of("LEADER", 11), "version", 0)).put(card).then().statusCode(200).body("version", equalTo(1));
        Map<String, Object> stale = new HashMap<>(Map.of("scores", Map.of("LEADER", 12)));
        stale.put("version", 0);
        as(w.token(r1)).body(stale).put(card).then().statusCode(409).body("code", equalTo("STALE_VERSION"));
    }

    @Test
    void afterTheDeadlineNothingMoves() {
        world();
        try {
            QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofDays(11)), Clock.class);
            as(w.token(r1)).body(Map.of("scores", Map.of("LEADER", 10))).put(card).then().statusCode(409)
                    .body("code", equalTo("SCORING_CLOSED"));
        } finally {
            QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
        }
    }

    @Test
    void anUnassignedReviewerFindsNoScorecard() {
        world();
        String r3 = w.reviewer("expert-c");
        as(w.token(r3)).get(card).then().statusCode(404);
        as(w.token(r3)).body(Map.of("scores", Map.of("LEADER", 10))).put(card).then().statusCode(404);
        as(ADMIN).get(card).then().statusCode(403);
    }

    @Test
    void theRubricLocksAtTheFirstSubmittedScore() {
        world();
        w.score(w.token(r1), c, 0.5);
        Map<String, Object> change = new HashMap<>(Map.of("version", 0, "name", "改", "maxLoad", 5,
                "scoringDeadline", World.inDays(9).toString(),
                "rubric", Map.of("criteria", List.of(Map.of("code", "ALL", "label", "总体", "maxScore", 100, "weight", 1)))));
        as(ADMIN).body(change).put("/api/v1/reviews/rounds/" + w.roundId).then().statusCode(409)
                .body("code", equalTo("RUBRIC_LOCKED"));
    }

    @Test
    void progressCountsDraftsAndSubmissions() {
        world();
        as(w.token(r1)).body(Map.of("scores", Map.of("LEADER", 10))).put(card).then().statusCode(200);
        w.score(w.token(r2), c, 0.7);
        as(ADMIN).get("/api/v1/reviews/rounds/" + w.roundId + "/progress").then().statusCode(200)
                .body("find { it.reviewer == '" + r1 + "' }.drafts", equalTo(1))
                .body("find { it.reviewer == '" + r2 + "' }.submitted", equalTo(1));
        as(w.token(r1)).get("/api/v1/reviews/rounds/" + w.roundId + "/progress").then().body("reviewer", equalTo(List.of(r1)));
    }
}
