package cn.studio.lifecycle;

import cn.studio.lifecycle.intake.DecisionIntake;
import cn.studio.platform.events.CloudEvent;
import cn.studio.testsupport.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A lifecycle world for one test: its own decision naming studios of unique units ({@code unit-<tag>-<n>}), delivered
 * through the real intake handler as from review-events, so tests don't see each other's data.
 */
public final class World {
    public static final String ADMIN = TestTokens.bearer("admin1", "district-union", "union-admin");
    public static final String ADMIN2 = TestTokens.bearer("admin2", "district-union", "union-admin");
    public static final String COMMISSION = TestTokens.bearer("commission1", "district-commission", "commission");
    private static final ObjectMapper JSON = new ObjectMapper();

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final UUID decisionId = UUID.randomUUID();
    public final UUID campaignId = UUID.randomUUID();
    public final List<String> units = new ArrayList<>();
    public final List<UUID> applications = new ArrayList<>();

    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType("application/json");
    }

    public static String studioToken(String org) {
        return TestTokens.bearer("studio-" + org, org, "studio");
    }

    public static String recommenderToken(String org) {
        return TestTokens.bearer("rec-" + org, org, "recommender");
    }

    /** The unit of the n-th named studio. */
    public String unit(int n) {
        return units.get(n);
    }

    public String studioToken(int n) {
        return studioToken(units.get(n));
    }

    /** Delivers review.decided naming one studio per leader, decided at {@code decidedAt}; returns the event. */
    public CloudEvent decide(String decidedAt, String... leaders) {
        ObjectNode data = JSON.createObjectNode();
        data.put("decisionId", decisionId.toString()).put("roundId", UUID.randomUUID().toString())
                .put("campaignId", campaignId.toString()).put("campaignTitle", "测试活动-" + tag).put("decidedAt", decidedAt);
        ArrayNode named = data.putArray("named");
        for (String leader : leaders) {
            UUID app = UUID.randomUUID();
            String unit = "unit-" + tag + "-" + units.size();
            units.add(unit);
            applications.add(app);
            ObjectNode n = named.addObject();
            n.put("applicationId", app.toString()).put("campaignId", campaignId.toString())
                    .put("campaignTitle", "测试活动-" + tag).put("studioName", leader + "职工创新工作室").put("leaderName", leader)
                    .put("applicantOrgId", unit).put("applicantOrgName", "单位" + unit)
                    .put("recommenderOrgId", "rec-" + tag).put("recommenderOrgName", "推荐rec-" + tag)
                    .put("contactName", "联系人").put("contactPhone", "13800000001").put("contactEmail", "c@example.org")
                    .put("namedTitle", leader + "职工创新工作室").put("level", "DISTRICT").put("fundingWanYuan", 5.5)
                    .put("cityRecommended", false);
            n.putArray("innovationFields").add("TECHNOLOGY");
        }
        data.putArray("notNamed");
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID().toString(), "/review-service", "review.decided",
                "decision/" + decisionId, OffsetDateTime.now(), "application/json", data);
        deliver(event);
        return event;
    }

    public World named(String... leaders) {
        decide("2026-03-10T10:00:00+08:00", leaders);
        return this;
    }

    public static void deliver(CloudEvent event) {
        DecisionIntake intake = Arc.container().instance(DecisionIntake.class).get();
        QuarkusTransaction.requiringNew().run(() -> intake.handle(event));
    }

    /** The id of the n-th named studio, as its manager sees it. */
    public String studioId(int n) {
        return as(ADMIN).queryParam("q", "单位" + units.get(n)).get("/api/v1/studios").then().statusCode(200)
                .extract().path("items[0].id");
    }

    public int version(String studioId) {
        return as(ADMIN).get("/api/v1/studios/" + studioId).then().statusCode(200).extract().path("version");
    }

    public static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
