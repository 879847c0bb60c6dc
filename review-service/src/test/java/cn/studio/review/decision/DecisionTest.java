package cn.studio.review.decision;

import cn.studio.review.World;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.COMMISSION;
import static cn.studio.review.World.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class DecisionTest {
    @Inject
    AgroalDataSource db;

    World w;
    UUID a;
    UUID b;
    UUID c;

    void scoredWorld(int quota) {
        w = new World().campaign(quota);
        a = w.screenedCase("王五", "TECHNOLOGY");
        b = w.screenedCase("赵六", "MANAGEMENT");
        c = w.screenedCase("钱七", "TECHNOLOGY");
        String r = w.reviewer("expert-a");
        w.round(1, 5);
        for (UUID x : List.of(a, b, c)) {
            w.assign(x, r);
        }
        w.score(w.token(r), a, 0.9);
        w.score(w.token(r), b, 0.8);
        w.score(w.token(r), c, 0.5);
    }

    String decision() {
        return "/api/v1/reviews/rounds/" + w.roundId + "/decision";
    }

    Map<String, Object> entry(UUID id, double funding, boolean city) {
        return Map.of("applicationId", id, "fundingWanYuan", funding, "cityRecommended", city);
    }

    @Test
    void theStudioIsNamedAfterItsLeader() {
        scoredWorld(2);
        as(ADMIN).body(Map.of("entries", List.of(entry(a, 5, true), entry(b, 3.5, false)))).post(decision()).then()
                .statusCode(200).body("state", equalTo("PROPOSED"))
                .body("entries.namedTitle", equalTo(List.of("王五职工创新工作室", "赵六职工创新工作室")))
                .body("entries[1].fundingWanYuan", equalTo(3.5f)).body("overQuotaReason", nullValue());
    }

    @Test
    void beyondTheQuotaAReasonIsNeeded() {
        scoredWorld(1);
        as(ADMIN).body(Map.of("entries", List.of(entry(a, 5, false), entry(b, 5, false)))).post(decision()).then()
                .statusCode(422).body("errors.code", equalTo(List.of("OVER_QUOTA_REASON_REQUIRED")));
        as(ADMIN).body(Map.of("entries", List.of(entry(a, 5, false), entry(b, 5, false)), "overQuotaReason", "两家并列且均有突出成果"))
                .post(decision()).then().statusCode(200).body("overQuotaReason", equalTo("两家并列且均有突出成果"));
    }

    @Test
    void fundingIsMoneyInWanYuan() {
        scoredWorld(3);
        as(ADMIN).body(Map.of("entries", List.of(entry(a, -1, false), entry(b, 1.234, false)))).post(decision()).then()
                .statusCode(422).body("errors.field", equalTo(List.of("entries[0].fundingWanYuan", "entries[1].fundingWanYuan")))
                .body("errors.code", hasItem("MONEY_INVALID"));
    }

    @Test
    void twoKeysThenFinal() throws Exception {
        scoredWorld(2);
        int version = as(ADMIN).body(Map.of("entries", List.of(entry(a, 5, true), entry(b, 3, false)))).post(decision())
                .then().extract().path("version");
        String id = as(COMMISSION).get(decision()).then().statusCode(200).extract().path("id");
        as(ADMIN).body(Map.of("version", version)).post("/api/v1/reviews/decisions/" + id + "/approve").then().statusCode(403);
        as(COMMISSION).body(Map.of("version", version)).post("/api/v1/reviews/decisions/" + id + "/approve").then()
                .statusCode(200).body("state", equalTo("APPROVED")).body("decidedBy", equalTo("commission1"));

        as(ADMIN).body(Map.of("entries", List.of(entry(c, 5, false)))).post(decision()).then().statusCode(409)
                .body("code", equalTo("ROUND_CLOSED"));
        as(COMMISSION).body(Map.of("version", version + 1, "reason", "x")).post("/api/v1/reviews/decisions/" + id + "/return")
                .then().statusCode(409).body("code", equalTo("DECISION_FINAL"));
        try (Connection conn = db.getConnection()) {
            assertThrows(SQLException.class, () -> conn.createStatement()
                    .executeUpdate("update decision_entry set funding_wan_yuan = 99 where decision_id = '" + id + "'"));
        }

        byte[] xlsx = as(COMMISSION).get("/api/v1/reviews/decisions/" + id + "/city-recommendation.xlsx").then()
                .statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            List<Row> studios = rows.stream().filter(row -> row.getCellText(1).endsWith("职工创新工作室")).toList();
            assertEquals(1, studios.size(), "only the city-recommended studio");
            assertEquals("技术创新", studios.get(0).getCellText(5));
            assertEquals("王五职工创新工作室", studios.get(0).getCellText(1));
        }
    }

    @Test
    void theCommissionReturnsWithReasonsAndTheUnionProposesAgain() {
        scoredWorld(2);
        int version = as(ADMIN).body(Map.of("entries", List.of(entry(a, 5, false)))).post(decision()).then().extract().path("version");
        as(ADMIN).body(Map.of("entries", List.of(entry(b, 5, false)))).post(decision()).then().statusCode(409)
                .body("code", equalTo("DECISION_PENDING"));
        String id = as(COMMISSION).get(decision()).then().extract().path("id");
        as(COMMISSION).body(Map.of("version", version, "reason", "请补充实地考察")).post("/api/v1/reviews/decisions/" + id + "/return")
                .then().statusCode(200).body("state", equalTo("RETURNED")).body("returnReason", equalTo("请补充实地考察"));
        as(ADMIN).body(Map.of("entries", List.of(entry(a, 5, false), entry(b, 4, false)))).post(decision()).then()
                .statusCode(200).body("state", equalTo("PROPOSED")).body("entries", org.hamcrest.Matchers.hasSize(2));
        as(COMMISSION).body(Map.of("version", version)).post("/api/v1/reviews/decisions/" + id + "/approve").then()
                .statusCode(409).body("code", equalTo("STALE_VERSION"));
    }

    @Test
    void everyDecisionStepIsInAnIntactHashChain() {
        scoredWorld(2);
        int version = as(ADMIN).body(Map.of("entries", List.of(entry(a, 5, false)))).post(decision()).then().extract().path("version");
        String id = as(COMMISSION).get(decision()).then().extract().path("id");
        as(COMMISSION).body(Map.of("version", version)).post("/api/v1/reviews/decisions/" + id + "/approve").then().statusCode(200);
        JsonPath trail = as(COMMISSION).get("/api/v1/reviews/audit?subjectType=decision&subjectId=" + id).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("decision.approved", "decision.proposed"), trail.getList("action"));
        assertEquals(List.of("commission", "union-admin"), trail.getList("role"));
        as(ADMIN).get("/api/v1/reviews/audit/chain/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theApplicantLearnsTheOutcomeWithoutReviewerNames() {
        scoredWorld(2);
        String applicant = World.applicantToken("unit-" + w.tag + "-0");
        as(applicant).get("/api/v1/reviews/applications/" + a + "/outcome").then().statusCode(200).body("decided", equalTo(false));
        as(applicant).get("/api/v1/reviews/applications/" + b + "/outcome").then().statusCode(404);
        int version = as(ADMIN).body(Map.of("entries", List.of(entry(a, 5, false)))).post(decision()).then().extract().path("version");
        String id = as(COMMISSION).get(decision()).then().extract().path("id");
        as(COMMISSION).body(Map.of("version", version)).post("/api/v1/reviews/decisions/" + id + "/approve").then().statusCode(200);
        String body = as(applicant).get("/api/v1/reviews/applications/" + a + "/outcome").then().statusCode(200)
                .body("named", equalTo(true)).body("namedTitle", equalTo("王五职工创新工作室"))
                .body("comments", equalTo(List.of("建议加强成果转化"))).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("rev-"), "a reviewer's name reached the applicant");
    }
}
