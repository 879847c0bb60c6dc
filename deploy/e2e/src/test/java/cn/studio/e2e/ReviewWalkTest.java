package cn.studio.e2e;

import cn.studio.stack.LocalStack;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.studio.e2e.WholeStack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The joint review, end to end through the gateway with real Keycloak tokens and real Kafka: three screened
 * applications become cases; a reviewer declares a conflict; automatic assignment gives each case 3 of the 5 demo
 * reviewers and avoids it; they read the forms (review-service asks application-service with its own token) and
 * score; the ranking; a site visit; 区总工会 proposes, 区科委 approves; every unit hears the decision by e-mail and SMS.
 */
class ReviewWalkTest {
    private static final List<String> REVIEWERS = List.of("reviewer1", "reviewer2", "reviewer3", "reviewer4", "reviewer5");

    @Test
    void threeScreenedApplicationsToADecisionTheUnitsHearOf() {
        LocalStack stack = WholeStack.get();
        String campaign = newOpenCampaign(2);
        String a = screened("applicant1", "recommender1", campaign, "周建国", "sys-industry");
        String b = screened("applicant2", "recommender1", campaign, "吴秀兰", "sys-industry");
        String c = screened("applicant3", "recommender2", campaign, "郑海涛", "street-east");

        for (String app : List.of(a, b, c)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    as("admin1").get("/api/v1/reviews/cases/" + app).then().statusCode(200));
        }
        for (int i = 0; i < REVIEWERS.size(); i++) {
            as(REVIEWERS.get(i)).body(Map.of("expertise", i % 2 == 0 ? List.of("TECHNOLOGY") : List.of("MANAGEMENT")))
                    .put("/api/v1/reviews/reviewers/me").then().statusCode(200);
        }
        String round = as("admin1").body(Map.of("campaignId", campaign, "name", "区级职工创新工作室评审", "maxLoad", 3,
                        "scoringDeadline", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(7).withNano(0).toString(),
                        "panel", REVIEWERS))
                .post("/api/v1/reviews/rounds").then().statusCode(201).body("reviewersPerCase", equalTo(3)).extract().path("id");

        as("reviewer5").get("/api/v1/reviews/rounds/" + round + "/units").then().statusCode(200).body("$", hasSize(3));
        as("reviewer5").body(Map.of("applicationId", a, "kind", "PERSONAL", "note", "与领军人是亲属"))
                .post("/api/v1/reviews/conflicts").then().statusCode(201);

        JsonPath plan = as("admin1").post("/api/v1/reviews/rounds/" + round + "/assignments/automatic").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(9, plan.getList("assignments").size());
        Map<String, List<String>> reviewersOf = new HashMap<>();
        for (Map<String, Object> line : plan.<Map<String, Object>>getList("assignments")) {
            reviewersOf.computeIfAbsent((String) line.get("applicationId"), k -> new ArrayList<>()).add((String) line.get("reviewer"));
        }
        reviewersOf.values().forEach(r -> assertEquals(3, new HashSet<>(r).size()));
        assertFalse(reviewersOf.get(a).contains("reviewer5"), "the conflicted reviewer was assigned");
        as("reviewer5").get("/api/v1/reviews/cases/" + a + "/application").then().statusCode(404);

        double[] share = {0.9, 0.8, 0.6};
        List<String> apps = List.of(a, b, c);
        for (int i = 0; i < apps.size(); i++) {
            String app = apps.get(i);
            for (String reviewer : reviewersOf.get(app)) {
                as(reviewer).get("/api/v1/reviews/cases/" + app + "/application").then().statusCode(200)
                        .body("form.leader.name", equalTo(List.of("周建国", "吴秀兰", "郑海涛").get(i)));
                score(reviewer, round, app, share[i]);
            }
        }
        JsonPath ranking = as("commission1").get("/api/v1/reviews/rounds/" + round + "/ranking?method=Z_SCORE").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(a, b, c), ranking.getList("lines.applicationId"));

        String visitor = reviewersOf.get(a).get(0);
        String visit = as("admin1").body(Map.of("applicationId", a, "address", "区精密机械有限公司创新楼",
                        "scheduledAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2).withNano(0).toString(),
                        "visitors", List.of(visitor, "admin1")))
                .post("/api/v1/reviews/rounds/" + round + "/site-visits").then().statusCode(201).extract().path("id");
        String media = "/api/v1/reviews/site-visits/" + visit + "/media";
        for (int i = 0; i < 2; i++) {
            var upload = as(visitor).body(Map.of("kind", "PHOTO", "fileName", "现场" + i + ".jpg")).post(media).then()
                    .statusCode(201).extract();
            WholeStack.putFile(upload.path("uploadUrl"), WholeStack.jpeg(), "image/jpeg");
            as(visitor).post(media + "/" + upload.path("id") + "/complete").then().statusCode(200);
        }
        as("commission1").get(media).then().statusCode(200).body("state", equalTo(List.of("STORED", "STORED")));
        as(visitor).body(Map.of("checklist", Map.of("VENUE_EXISTS", Map.of("ok", true, "note", "约200平方米")),
                        "findings", "场地、设备与申报相符", "verdict", "PASS"))
                .put("/api/v1/reviews/site-visits/" + visit + "/record").then().statusCode(200);

        int version = as("admin1").body(Map.of("entries", List.of(
                        Map.of("applicationId", a, "fundingWanYuan", 10, "cityRecommended", true),
                        Map.of("applicationId", b, "fundingWanYuan", 5, "cityRecommended", false))))
                .post("/api/v1/reviews/rounds/" + round + "/decision").then().statusCode(200).extract().path("version");
        String decision = as("commission1").get("/api/v1/reviews/rounds/" + round + "/decision").then().statusCode(200)
                .body("entries.namedTitle", equalTo(List.of("周建国职工创新工作室", "吴秀兰职工创新工作室"))).extract().path("id");
        as("commission1").body(Map.of("version", version)).post("/api/v1/reviews/decisions/" + decision + "/approve")
                .then().statusCode(200).body("state", equalTo("APPROVED"));
        as("admin1").get("/api/v1/reviews/audit/chain/verify").then().statusCode(200).body("intact", equalTo(true));

        as("applicant1").get("/api/v1/reviews/applications/" + a + "/outcome").then().statusCode(200)
                .body("named", equalTo(true)).body("namedTitle", equalTo("周建国职工创新工作室"));
        as("applicant3").get("/api/v1/reviews/applications/" + c + "/outcome").then().statusCode(200)
                .body("decided", equalTo(true)).body("named", equalTo(false));
        as("applicant3").get("/api/v1/reviews/applications/" + a + "/outcome").then().statusCode(404);

        await().atMost(Duration.ofSeconds(90)).until(() -> stack.mail().messages("applicant1@studio.local").stream()
                .anyMatch(m -> m.text().contains("周建国职工创新工作室") && m.subject().contains("认定")));
        await().atMost(Duration.ofSeconds(90)).until(() -> stack.sms().messages("13800000031").stream()
                .anyMatch(s -> s.templateParam().contains("周建国职工创新工作室")));
        await().atMost(Duration.ofSeconds(90)).until(() -> stack.mail().messages("applicant3@studio.local").stream()
                .anyMatch(m -> m.subject().contains("评审结果") || m.subject().contains("认定")));
        Set<String> toldReviewers = new HashSet<>();
        for (String r : REVIEWERS) {
            if (stack.mail().messages(r + "@studio.local").stream().anyMatch(m -> m.text().contains("评审"))) {
                toldReviewers.add(r);
            }
        }
        assertTrue(toldReviewers.size() >= 3, "assigned reviewers were told: " + toldReviewers);
    }

    private static void score(String reviewer, String round, String app, double share) {
        String card = "/api/v1/reviews/rounds/" + round + "/cases/" + app + "/scorecard";
        as(reviewer).body(Map.of("scores", Map.of("LEADER", Math.round(20 * share), "VENUE", Math.round(15 * share),
                        "RULES", Math.round(15 * share), "FUNDS", Math.round(15 * share), "RESULTS", Math.round(35 * share)),
                "panelComment", "材料翔实", "applicantComment", "建议加强成果转化")).put(card).then().statusCode(200);
        as(reviewer).post(card + "/submit").then().statusCode(200);
    }

    private static String newOpenCampaign(int quota) {
        LocalDateTime deadline = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(30).withNano(0);
        Map<String, Object> body = new HashMap<>(Map.of("year", deadline.getYear(), "title", "评审演练 " + System.nanoTime(),
                "organisers", "区总工会、区科委", "deadline", deadline.toString(), "quota", quota,
                "contactUnit", "区总工会权益部", "contactPerson", "王老师", "contactPhones", "010-12345678"));
        String id = as("admin1").body(body).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        as("admin1").body(Map.of("to", "OPEN")).post("/api/v1/campaigns/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    private static String screened(String applicant, String recommender, String campaign, String leader, String recommenderOrg) {
        String app = WholeStack.readyDraft(applicant, campaign, leader, recommenderOrg);
        as(applicant).post("/api/v1/applications/" + app + "/submit").then().statusCode(200);
        as(recommender).body(Map.of("opinion", "同意推荐")).post("/api/v1/applications/" + app + "/endorse").then().statusCode(200);
        as("admin1").body(Map.of("accepted", true)).post("/api/v1/applications/" + app + "/screen").then().statusCode(200);
        return app;
    }
}
