package cn.studio.review.sitevisit;

import cn.studio.review.World;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.COMMISSION;
import static cn.studio.review.World.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SiteVisitTest {
    static Map<String, Object> schedule(UUID c, List<String> visitors, int days) {
        return Map.of("applicationId", c, "scheduledAt", World.inDays(days).toString(), "address", "区工业园3号楼",
                "visitors", visitors);
    }

    @Test
    void aVisitIsScheduledAndRecordedByItsVisitors() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        String visitor = w.reviewer("expert-a");
        String other = w.reviewer("expert-b");
        w.round(3, 5);
        String id = as(ADMIN).body(schedule(c, List.of(visitor, "admin1"), 3))
                .post("/api/v1/reviews/rounds/" + w.roundId + "/site-visits").then().statusCode(201)
                .body("state", equalTo("SCHEDULED")).body("checklist", hasSize(ChecklistItem.values().length))
                .extract().path("id");
        as(w.token(other)).get("/api/v1/reviews/site-visits/" + id).then().statusCode(404);
        as(w.token(other)).body(Map.of("verdict", "PASS")).put("/api/v1/reviews/site-visits/" + id + "/record").then().statusCode(404);
        as(w.token(visitor)).get("/api/v1/reviews/rounds/" + w.roundId + "/site-visits").then().body("id", equalTo(List.of(id)));
        as(w.token(visitor)).body(Map.of("checklist", Map.of("VENUE_EXISTS", Map.of("ok", true, "note", "约120平方米"),
                                "EQUIPMENT_MATCHES", Map.of("ok", false, "note", "缺3D打印机")),
                        "findings", "场地与申报相符，设备部分缺失", "verdict", "CONCERNS", "version", 0))
                .put("/api/v1/reviews/site-visits/" + id + "/record").then().statusCode(200)
                .body("state", equalTo("RECORDED")).body("verdictLabel", equalTo("存在问题"))
                .body("checklist.find { it.item == 'EQUIPMENT_MATCHES' }.ok", equalTo(false))
                .body("checklist.find { it.item == 'RULES_POSTED' }.ok", equalTo(null))
                .body("recordedBy", equalTo(visitor));
        as(COMMISSION).get("/api/v1/reviews/site-visits/" + id).then().statusCode(200).body("verdict", equalTo("CONCERNS"));
    }

    @Test
    void aConflictedVisitorAndAPastDateAreRefused() {
        World w = new World().campaign(10);
        String org = "unit-v-" + w.tag;
        UUID c = w.caseOf(org, "rec-" + w.tag, "张三");
        String insider = w.reviewer(org);
        w.round(3, 5);
        as(ADMIN).body(schedule(c, List.of(insider), -1)).post("/api/v1/reviews/rounds/" + w.roundId + "/site-visits")
                .then().statusCode(422).body("errors.code", equalTo(List.of("VISIT_IN_PAST", "CONFLICT_OF_INTEREST")));
    }

    @Test
    void oneVisitPerCaseAndRound() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        w.round(3, 5);
        as(ADMIN).body(schedule(c, List.of("admin1"), 2)).post("/api/v1/reviews/rounds/" + w.roundId + "/site-visits").then().statusCode(201);
        as(ADMIN).body(schedule(c, List.of("admin1"), 3)).post("/api/v1/reviews/rounds/" + w.roundId + "/site-visits").then()
                .statusCode(409).body("code", equalTo("SITE_VISIT_EXISTS"));
    }

    @Test
    void aFailedVisitTakesTheCaseOutOfTheRanking() {
        World w = new World().campaign(10);
        UUID good = w.screenedCase("甲");
        UUID failed = w.screenedCase("乙");
        String r = w.reviewer("expert-a");
        w.round(1, 5);
        w.assign(good, r);
        w.assign(failed, r);
        w.score(w.token(r), good, 0.6);
        w.score(w.token(r), failed, 0.9);
        String id = as(ADMIN).body(schedule(failed, List.of("admin1"), 2))
                .post("/api/v1/reviews/rounds/" + w.roundId + "/site-visits").then().extract().path("id");
        as(ADMIN).body(Map.of("verdict", "FAIL", "findings", "无活动场所")).put("/api/v1/reviews/site-visits/" + id + "/record")
                .then().statusCode(200);
        as(ADMIN).get("/api/v1/reviews/rounds/" + w.roundId + "/ranking").then().statusCode(200)
                .body("lines[0].applicationId", equalTo(good.toString())).body("lines[0].rank", equalTo(1))
                .body("lines.find { it.applicationId == '" + failed + "' }.excluded", equalTo(true))
                .body("lines.find { it.applicationId == '" + failed + "' }.verdict", equalTo("FAIL"));
        as(ADMIN).body(Map.of("entries", List.of(Map.of("applicationId", failed, "fundingWanYuan", 5, "cityRecommended", false))))
                .post("/api/v1/reviews/rounds/" + w.roundId + "/decision").then().statusCode(422)
                .body("errors.code", hasItem("SITE_VISIT_FAILED"));
    }
}
