package cn.studio.review;

import cn.studio.platform.events.CloudEvent;
import cn.studio.review.intake.CaseIntake;
import cn.studio.testsupport.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A review world for one test: its own campaign, screened cases and reviewers (unique names), so tests don't see each
 * other's data. Cases arrive through the real intake handler, as from application-events.
 */
public final class World {
    public static final String ADMIN = TestTokens.bearer("admin1", "district-union", "union-admin");
    public static final String COMMISSION = TestTokens.bearer("commission1", "district-commission", "commission");
    private static final ObjectMapper JSON = new ObjectMapper();

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final UUID campaignId = UUID.randomUUID();
    public final List<UUID> cases = new ArrayList<>();
    public final List<String> reviewers = new ArrayList<>();
    private final Map<String, String> orgs = new java.util.HashMap<>();
    public String roundId;

    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType("application/json");
    }

    public static String reviewerToken(String username, String org) {
        return TestTokens.bearer(username, org, "reviewer");
    }

    public static String applicantToken(String org) {
        return TestTokens.bearer("applicant-" + org, org, "applicant");
    }

    public World campaign(int quota) {
        ObjectNode data = JSON.createObjectNode();
        data.put("campaignId", campaignId.toString()).put("year", 2026).put("title", "测试活动-" + tag)
                .put("quota", quota).put("deadline", "2026-12-25T17:00:00+08:00");
        deliver("campaign.opened", data);
        return this;
    }

    /** A screened-in case of unit {@code unit-<tag>-<n>}, recommended by {@code rec-<tag>}. */
    public UUID screenedCase(String leader, String... fields) {
        return caseOf("unit-" + tag + "-" + cases.size(), "rec-" + tag, leader, fields);
    }

    public UUID caseOf(String applicantOrg, String recommenderOrg, String leader, String... fields) {
        UUID id = UUID.randomUUID();
        ObjectNode app = JSON.createObjectNode();
        app.put("applicationId", id.toString()).put("campaignId", campaignId.toString())
                .put("campaignTitle", "测试活动-" + tag).put("studioName", leader + "职工创新工作室").put("leaderName", leader)
                .put("applicantOrgId", applicantOrg).put("applicantOrgName", "单位" + applicantOrg)
                .put("recommenderOrgId", recommenderOrg).put("recommenderOrgName", "推荐" + recommenderOrg)
                .put("contactName", "联系人").put("contactPhone", "13800000001").put("contactEmail", "c@example.org");
        app.putArray("innovationFields").addAll(java.util.Arrays.stream(fields).map(JSON.getNodeFactory()::textNode).toList());
        ObjectNode data = JSON.createObjectNode();
        data.set("application", app);
        data.put("accepted", true).put("screenedBy", "admin1");
        deliver("application.screened", data);
        cases.add(id);
        return id;
    }

    /** A reviewer with a profile: {@code rev-<tag>-<n>} of org {@code org}. */
    public String reviewer(String org, String... expertise) {
        String name = "rev-" + tag + "-" + reviewers.size();
        as(reviewerToken(name, org)).body(Map.of("expertise", List.of(expertise))).put("/api/v1/reviews/reviewers/me")
                .then().statusCode(200);
        reviewers.add(name);
        orgs.put(name, org);
        return name;
    }

    public String token(String reviewer) {
        return reviewerToken(reviewer, orgs.get(reviewer));
    }

    public World round(int k, int maxLoad) {
        roundId = as(ADMIN).body(roundBody(k, maxLoad, reviewers)).post("/api/v1/reviews/rounds")
                .then().statusCode(201).extract().path("id");
        return this;
    }

    public Map<String, Object> roundBody(int k, int maxLoad, List<String> panel) {
        return Map.of("campaignId", campaignId, "name", "评审-" + tag, "reviewersPerCase", k, "maxLoad", maxLoad,
                "scoringDeadline", inDays(10).toString(), "panel", panel);
    }

    public static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).withNano(0);
    }

    public void assign(UUID caseId, String reviewer) {
        as(ADMIN).body(Map.of("assignments", List.of(Map.of("applicationId", caseId, "reviewer", reviewer))))
                .post("/api/v1/reviews/rounds/" + roundId + "/assignments").then().statusCode(201);
    }

    /** The reviewer fills every criterion with the given share of its maximum, writes comments and submits. */
    public void score(String reviewerToken, UUID caseId, double share) {
        Map<String, Object> scores = Map.of("LEADER", round1(20 * share), "VENUE", round1(15 * share),
                "RULES", round1(15 * share), "FUNDS", round1(15 * share), "RESULTS", round1(35 * share));
        String card = "/api/v1/reviews/rounds/" + roundId + "/cases/" + caseId + "/scorecard";
        as(reviewerToken).body(Map.of("scores", scores, "panelComment", "评审意见", "applicantComment", "建议加强成果转化"))
                .put(card).then().statusCode(200);
        as(reviewerToken).post(card + "/submit").then().statusCode(200);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void deliver(String type, ObjectNode data) {
        CaseIntake intake = Arc.container().instance(CaseIntake.class).get();
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID().toString(), "/application-service", type, "test",
                OffsetDateTime.now(), "application/json", data);
        QuarkusTransaction.requiringNew().run(() -> intake.handle(event));
    }
}
