package cn.studio.lifecycle.result;

import cn.studio.lifecycle.Outboxed;
import cn.studio.lifecycle.World;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.studio.lifecycle.World.ADMIN;
import static cn.studio.lifecycle.World.as;
import static cn.studio.lifecycle.World.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** The innovation results register: recorded by the unit's studio user, counted per year against the 1–2 rule. */
@QuarkusTest
class ResultTest {
    World w;
    String studio;
    String token;

    void studio() {
        w = new World().named("成果甲", "成果乙");
        studio = w.studioId(0);
        token = w.studioToken(0);
    }

    String results() {
        return "/api/v1/studios/" + studio + "/results";
    }

    static Map<String, Object> patent() {
        return body("title", "数控刀具涂层工艺改进", "type", "PATENT", "patentNumber", "ZL202610123456.7",
                "patentDate", "2026-06-20", "participants", List.of("成果甲", "李工"), "economicBenefitWanYuan", 12.5,
                "socialBenefit", "在全区机械行业推广", "achievedOn", "2026-06-20");
    }

    @Test
    void aPatentIsRecordedWithItsNumberAndCountedInItsYear() {
        studio();
        as(token).body(body("title", "无号专利", "type", "PATENT", "participants", List.of("甲"), "achievedOn", "2026-06-20"))
                .post(results()).then().statusCode(422)
                .body("errors.code", hasItems("PATENT_NUMBER_REQUIRED", "PATENT_DATE_REQUIRED"));
        as(token).body(patent()).post(results()).then().statusCode(201)
                .body("typeLabel", equalTo("专利")).body("year", equalTo(2026)).body("economicBenefitWanYuan", equalTo(12.5f))
                .body("participants", equalTo(List.of("成果甲", "李工")));
        as(ADMIN).queryParam("year", 2026).get(results() + "/summary").then().statusCode(200)
                .body("count", equalTo(1)).body("meetsMinimum", equalTo(true)).body("meetsTarget", equalTo(false))
                .body("economicBenefitWanYuan", equalTo(12.5f));
        JsonNode recorded = Outboxed.about(studio).get(1);
        assertEqualsText("studio.result.recorded", recorded.get("type"));
        assertEqualsText("PATENT", recorded.at("/data/type"));
        assertEqualsText("1", recorded.at("/data/resultsInYear"));
    }

    private static void assertEqualsText(String expected, JsonNode node) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, node.asText());
    }

    @Test
    void theRegisterCountsTheStudiosResultsAndTheYearReachesItsTarget() {
        studio();
        as(token).body(patent()).post(results()).then().statusCode(201);
        as(token).body(body("title", "夹具快换装置", "type", "TECH_IMPROVEMENT", "participants", List.of("王五"),
                "economicBenefitWanYuan", "3.25", "achievedOn", "2026-09-01")).post(results()).then().statusCode(201);
        given().get("/api/v1/public/studios/" + studio).then().body("resultsCount", equalTo(2));
        as(token).queryParam("year", 2026).get(results() + "/summary").then().body("count", equalTo(2))
                .body("meetsTarget", equalTo(true)).body("economicBenefitWanYuan", equalTo(15.75f));
        as(World.COMMISSION).queryParam("year", 2026).get(results()).then().statusCode(200).body("", hasSize(2))
                .body("[0].title", equalTo("夹具快换装置"));
    }

    @Test
    void aCorrectionNeedsTheVersionReadAndADeletedResultNoLongerCounts() {
        studio();
        String id = as(token).body(patent()).post(results()).then().statusCode(201).extract().path("id");
        Map<String, Object> fix = new java.util.HashMap<>(patent());
        fix.put("version", 0);
        fix.put("economicBenefitWanYuan", 20);
        as(token).body(fix).put(results() + "/" + id).then().statusCode(200).body("economicBenefitWanYuan", equalTo(20.0f))
                .body("version", equalTo(1));
        as(token).body(fix).put(results() + "/" + id).then().statusCode(409).body("code", equalTo("STALE_VERSION"));
        as(token).delete(results() + "/" + id).then().statusCode(204);
        as(token).queryParam("year", 2026).get(results() + "/summary").then().body("count", equalTo(0)).body("meetsMinimum", equalTo(false));
        as(token).get(results() + "/" + id).then().statusCode(404);
    }

    @Test
    void onlyTheUnitsStudioUserRecordsAndAnotherUnitSeesNothing() {
        studio();
        String id = as(token).body(patent()).post(results()).then().statusCode(201).extract().path("id");
        as(w.studioToken(1)).get(results() + "/" + id).then().statusCode(404);
        as(w.studioToken(1)).body(patent()).post(results()).then().statusCode(404);
        as(ADMIN).body(patent()).post(results()).then().statusCode(403);
        as(token).body(body("title", "x", "type", "OTHER", "participants", List.of("甲"), "economicBenefitWanYuan", 1.234,
                "achievedOn", "2026-06-01")).post(results()).then().statusCode(422);
    }
}
