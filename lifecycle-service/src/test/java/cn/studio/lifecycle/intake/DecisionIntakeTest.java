package cn.studio.lifecycle.intake;

import cn.studio.lifecycle.Outboxed;
import cn.studio.lifecycle.World;
import cn.studio.platform.events.CloudEvent;
import cn.studio.platform.inbox.PoisonEventException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static cn.studio.lifecycle.World.ADMIN;
import static cn.studio.lifecycle.World.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** review.decided through the real handler: one studio per named unit, once, with its studio.named event. */
@QuarkusTest
class DecisionIntakeTest {
    @Test
    void theDecisionNamesEachStudioWithItsLeaderUnitFundingAndBeijingDate() {
        World w = new World();
        // 17:30 UTC on 31 Dec is already 1 January in Beijing: the studio is named in the new year
        w.decide("2026-12-31T17:30:00Z", "张三", "李四");
        String id = w.studioId(0);
        as(ADMIN).get("/api/v1/studios/" + id).then().statusCode(200)
                .body("namedTitle", equalTo("张三职工创新工作室")).body("leaderName", equalTo("张三"))
                .body("unitOrgId", equalTo(w.unit(0))).body("unitOrgName", equalTo("单位" + w.unit(0)))
                .body("recommenderOrgId", equalTo("rec-" + w.tag)).body("level", equalTo("DISTRICT"))
                .body("namedOn", equalTo("2027-01-01")).body("namedYear", equalTo(2027))
                .body("fundingWanYuan", equalTo(5.5f)).body("innovationFields", equalTo(List.of("TECHNOLOGY")))
                .body("state", equalTo("ACTIVE")).body("stateLabel", equalTo("在册"));
        as(ADMIN).queryParam("q", "rec-" + w.tag).get("/api/v1/studios").then().body("total", equalTo(0));
        as(ADMIN).queryParam("q", w.tag).get("/api/v1/studios").then().body("total", equalTo(2));
    }

    @Test
    void aRedeliveredOrRepeatedDecisionNamesNoStudioTwice() {
        World w = new World();
        CloudEvent event = w.decide("2026-03-10T10:00:00+08:00", "王五");
        CloudEvent again = new CloudEvent("1.0", UUID.randomUUID().toString(), event.source(), event.type(),
                event.subject(), event.time(), event.datacontenttype(), event.data());
        World.deliver(again);
        as(ADMIN).queryParam("q", w.tag).get("/api/v1/studios").then().body("total", equalTo(1));
        assertEquals(List.of("studio.named"), Outboxed.types(w.studioId(0)));
    }

    @Test
    void studioNamedCarriesWhatTheRegisterAndTheNotifierNeed() {
        World w = new World();
        w.decide("2026-03-10T10:00:00+08:00", "赵六");
        String id = w.studioId(0);
        JsonNode named = Outboxed.about(id).get(0);
        assertEquals("studio/" + id, named.get("subject").asText());
        JsonNode studio = named.at("/data/studio");
        assertEquals(id, studio.get("studioId").asText());
        assertEquals("赵六职工创新工作室", studio.get("namedTitle").asText());
        assertEquals("赵六", studio.get("leaderName").asText());
        assertEquals(w.unit(0), studio.get("unitOrgId").asText());
        assertEquals("单位" + w.unit(0), studio.get("unitOrgName").asText());
        assertEquals("推荐rec-" + w.tag, studio.get("recommenderOrgName").asText());
        assertEquals("13800000001", studio.get("contactPhone").asText());
        assertEquals(2026, studio.get("year").asInt());
        assertEquals("DISTRICT", studio.get("level").asText());
        assertEquals(w.applications.get(0).toString(), named.at("/data/applicationId").asText());
        assertEquals("2026-03-10", named.at("/data/namedOn").asText());
        assertEquals(5.5, named.at("/data/fundingWanYuan").asDouble());
    }

    @Test
    void otherReviewEventsAreNotLifecyclesBusiness() {
        ObjectMapper json = new ObjectMapper();
        World.deliver(new CloudEvent("1.0", UUID.randomUUID().toString(), "/review-service", "review.decision.proposed",
                "x", OffsetDateTime.now(), "application/json", json.createObjectNode().put("decisionId", "x")));
    }

    @Test
    void aDecisionWithoutItsNamedListOrIdsIsPoison() {
        ObjectMapper json = new ObjectMapper();
        var noList = new CloudEvent("1.0", UUID.randomUUID().toString(), "/review-service", "review.decided", "x",
                OffsetDateTime.now(), "application/json", json.createObjectNode().put("decisionId", UUID.randomUUID().toString()));
        assertThrows(PoisonEventException.class, () -> World.deliver(noList));
        var data = json.createObjectNode().put("decisionId", "not-a-uuid").put("campaignId", UUID.randomUUID().toString())
                .put("campaignTitle", "t").put("decidedAt", "2026-03-10T10:00:00+08:00");
        data.putArray("named");
        var badId = new CloudEvent("1.0", UUID.randomUUID().toString(), "/review-service", "review.decided", "x",
                OffsetDateTime.now(), "application/json", data);
        PoisonEventException e = assertThrows(PoisonEventException.class, () -> World.deliver(badId));
        assertTrue(e.getMessage().contains("decisionId"));
    }

    @Test
    void aStudioUserIsLinkedToTheStudiosOfItsUnit() {
        World w = new World().named("钱七", "孙八");
        as(w.studioToken(0)).get("/api/v1/studios/mine").then().statusCode(200)
                .body("", hasSize(1)).body("[0].leaderName", equalTo("钱七"));
        as(w.studioToken(0)).get("/api/v1/studios").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].unitOrgId", equalTo(w.unit(0)));
        as(w.studioToken(0)).get("/api/v1/studios/" + w.studioId(1)).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        as(World.recommenderToken("rec-" + w.tag)).get("/api/v1/studios").then().statusCode(200).body("total", equalTo(2));
    }
}
