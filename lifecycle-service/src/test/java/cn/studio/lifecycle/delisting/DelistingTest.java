package cn.studio.lifecycle.delisting;

import cn.studio.lifecycle.Outboxed;
import cn.studio.lifecycle.World;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.studio.lifecycle.World.ADMIN;
import static cn.studio.lifecycle.World.COMMISSION;
import static cn.studio.lifecycle.World.as;
import static cn.studio.lifecycle.World.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Warning, clearing and the two-key delisting with its public 通报 and events. */
@QuarkusTest
class DelistingTest {
    private static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(days).toString();
    }

    private static String warn(World w, String id) {
        as(ADMIN).body(body("version", w.version(id), "reason", "全年无创新成果", "deadline", inDays(30)))
                .post("/api/v1/studios/" + id + "/warning").then().statusCode(200).body("state", equalTo("WARNED"));
        return id;
    }

    @Test
    void aWarningPutRightReturnsTheStudioToTheRegisterAsActive() {
        World w = new World().named("张一");
        String id = w.studioId(0);
        as(ADMIN).body(body("version", 0, "reason", "未报送第二季度总结", "deadline", inDays(30)))
                .post("/api/v1/studios/" + id + "/warning").then().statusCode(200)
                .body("state", equalTo("WARNED")).body("warningReason", equalTo("未报送第二季度总结"))
                .body("warningDeadline", equalTo(inDays(30))).body("version", equalTo(1));
        as(ADMIN).body(body("version", 1, "reason", "已补报")).post("/api/v1/studios/" + id + "/warning/clear").then()
                .statusCode(200).body("state", equalTo("ACTIVE")).body("warningReason", nullValue());
        assertEquals(List.of("studio.named", "studio.warned", "studio.warning.cleared"), Outboxed.types(id));
        as(ADMIN).get("/api/v1/studios/" + id + "/history").then().statusCode(200)
                .body("toState", equalTo(List.of("ACTIVE", "WARNED", "ACTIVE"))).body("[1].actor", equalTo("admin1"));
    }

    @Test
    void aStaleVersionOrAnIllegalStepIsAConflict() {
        World w = new World().named("张二");
        String id = w.studioId(0);
        as(ADMIN).body(body("version", 0, "reason", "理由")).post("/api/v1/studios/" + id + "/delisting").then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("STUDIO_STATE_CONFLICT"));
        warn(w, id);
        as(ADMIN).body(body("version", 0, "reason", "理由")).post("/api/v1/studios/" + id + "/delisting").then()
                .statusCode(409).body("code", equalTo("STALE_VERSION"));
        as(COMMISSION).body(body("version", 1)).post("/api/v1/studios/" + id + "/delisting/approve").then()
                .statusCode(409).body("code", equalTo("STUDIO_STATE_CONFLICT"));
    }

    @Test
    void aWarningDeadlineMustLieAhead() {
        World w = new World().named("张三");
        as(ADMIN).body(body("version", 0, "reason", "理由", "deadline", inDays(0)))
                .post("/api/v1/studios/" + w.studioId(0) + "/warning").then().statusCode(422)
                .body("errors.code", hasItem("DEADLINE_NOT_IN_FUTURE"));
    }

    @Test
    void theCommissionReturnsAProposalToWarnedAndThenApprovesItWithAPublicNotice() {
        World w = new World().named("张四");
        String id = warn(w, w.studioId(0));
        as(ADMIN).body(body("version", 1, "reason", "活动流于形式，逾期未整改")).post("/api/v1/studios/" + id + "/delisting")
                .then().statusCode(200).body("state", equalTo("DELISTING_PROPOSED"));
        as(COMMISSION).body(body("version", 2, "reason", "请核实")).post("/api/v1/studios/" + id + "/delisting/return")
                .then().statusCode(200).body("state", equalTo("WARNED"));
        as(ADMIN).body(body("version", 3, "reason", "活动流于形式，逾期未整改。")).post("/api/v1/studios/" + id + "/delisting")
                .then().statusCode(200);
        as(COMMISSION).body(body("version", 4)).post("/api/v1/studios/" + id + "/delisting/approve").then()
                .statusCode(200).body("state", equalTo("DELISTED")).body("stateLabel", equalTo("已摘牌"));

        String notice = given().get("/api/v1/public/studios/" + id).then().statusCode(200)
                .body("state", equalTo("DELISTED")).extract().path("noticeId");
        given().get("/api/v1/public/notices/" + notice).then().statusCode(200)
                .body("title", equalTo("关于对单位" + w.unit(0) + "张四职工创新工作室予以通报摘牌的决定"))
                .body("body", containsString("经查，该工作室活动流于形式，逾期未整改。根据"))
                .body("body", containsString("2026年被命名为区级职工创新工作室"));
        List<String> types = Outboxed.types(id);
        assertEquals(List.of("studio.named", "studio.warned", "studio.delisting.proposed", "studio.delisting.returned",
                "studio.delisting.proposed", "studio.delisted"), types);
        JsonNode delisted = Outboxed.about(id).get(5).get("data");
        assertEquals(notice, delisted.get("noticeId").asText());
        assertEquals(w.unit(0), delisted.at("/studio/unitOrgId").asText());
        assertEquals("admin1", delisted.get("proposedBy").asText());
        assertEquals("commission1", delisted.get("approvedBy").asText());
    }

    @Test
    void theProposerCannotAlsoApprove() {
        World w = new World().named("张五");
        String id = warn(w, w.studioId(0));
        String both = cn.studio.testsupport.TestTokens.bearer("admin1", "district-union", "union-admin", "commission");
        as(both).body(body("version", 1, "reason", "逾期未整改")).post("/api/v1/studios/" + id + "/delisting").then().statusCode(200);
        as(both).body(body("version", 2)).post("/api/v1/studios/" + id + "/delisting/approve").then()
                .statusCode(409).body("code", equalTo("SAME_PERSON"));
    }

    @Test
    void aDelistedStudioCanNeitherBeWarnedNorRestored() {
        World w = new World().named("张六");
        String id = warn(w, w.studioId(0));
        as(ADMIN).body(body("version", 1, "reason", "逾期未整改")).post("/api/v1/studios/" + id + "/delisting").then().statusCode(200);
        as(COMMISSION).body(body("version", 2)).post("/api/v1/studios/" + id + "/delisting/approve").then().statusCode(200);
        as(ADMIN).body(body("version", 3, "reason", "恢复")).post("/api/v1/studios/" + id + "/warning/clear").then()
                .statusCode(409).body("code", equalTo("STUDIO_STATE_CONFLICT"));
    }
}
