package cn.studio.application.application;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.studio.application.Fixtures.ADMIN;
import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.APPLICANT2;
import static cn.studio.application.Fixtures.RECOMMENDER;
import static cn.studio.application.Fixtures.as;
import static cn.studio.application.Fixtures.completeForm;
import static cn.studio.application.Fixtures.createDraft;
import static cn.studio.application.Fixtures.openCampaign;
import static cn.studio.application.Fixtures.readyDraft;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ApplicationFlowTest {
    private String campaign;

    @org.junit.jupiter.api.BeforeEach
    void campaign() {
        campaign = openCampaign();
    }

    @Test
    void draftMayBeSavedIncompleteAndSubmissionListsEveryBrokenRule() {
        String id = createDraft(APPLICANT2, campaign, Map.of("leader", Map.of("name", "赵六")));
        as(APPLICANT2).body(Map.of("leader", Map.of("name", "赵六"), "studio", Map.of("headcount", 200)))
                .put("/api/v1/applications/" + id + "/form").then().statusCode(200).body("state", equalTo("DRAFT"));
        as(APPLICANT2).post("/api/v1/applications/" + id + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.code", hasItems("REQUIRED", "HEADCOUNT_OVER_LIMIT", "PHOTO_COUNT",
                        "RECOMMENDATION_MATERIAL_MISSING", "EQUIPMENT_MISSING", "INNOVATION_FIELD_REQUIRED"))
                .body("errors.field", hasItems("recommenderOrgId", "leader.gender", "studio.headcount", "hostUnit.name",
                        "attachments.PHOTO", "nextYearPlan"));
        as(APPLICANT2).get("/api/v1/applications/" + id).then().statusCode(200).body("state", equalTo("DRAFT"))
                .body("form.studio.headcount", equalTo(200));
    }

    @Test
    void submitEndorseScreenIsRecordedAsHistory() {
        String id = readyDraft(APPLICANT1, campaign, "张三");
        as(APPLICANT1).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("recommenderOrg", equalTo("sys-industry"))
                .body("studioName", equalTo("张三职工创新工作室"));
        as(RECOMMENDER).body(Map.of("opinion", "同意推荐")).post("/api/v1/applications/" + id + "/endorse")
                .then().statusCode(200).body("state", equalTo("ENDORSED")).body("recommenderOpinion", equalTo("同意推荐"));
        as(ADMIN).body(Map.of("accepted", true)).post("/api/v1/applications/" + id + "/screen")
                .then().statusCode(200).body("state", equalTo("ACCEPTED"));
        as(APPLICANT1).get("/api/v1/applications/" + id + "/history").then().statusCode(200)
                .body("$", hasSize(4))
                .body("to", equalTo(List.of("DRAFT", "SUBMITTED", "ENDORSED", "ACCEPTED")))
                .body("actor", equalTo(List.of("applicant1", "applicant1", "recommender1", "admin1")))
                .body("actorRole", equalTo(List.of("applicant", "applicant", "recommender", "union-admin")))
                .body("[2].comment", equalTo("同意推荐"))
                .body("[3].at", notNullValue());
    }

    @Test
    void returnedApplicationIsRevisedAndResubmitted() {
        String c = openCampaign();
        String id = readyDraft(APPLICANT1, c, "钱七");
        as(APPLICANT1).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        as(APPLICANT1).body(completeForm("钱七", 3)).put("/api/v1/applications/" + id + "/form").then().statusCode(409)
                .body("code", equalTo("APPLICATION_NOT_EDITABLE"));
        as(RECOMMENDER).body(Map.of("reason", "请补充专利证明")).post("/api/v1/applications/" + id + "/return")
                .then().statusCode(200).body("state", equalTo("RETURNED"));
        as(APPLICANT1).body(completeForm("钱七", 3)).put("/api/v1/applications/" + id + "/form").then().statusCode(200);
        as(APPLICANT1).post("/api/v1/applications/" + id + "/submit").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        as(APPLICANT1).get("/api/v1/applications/" + id + "/history").then()
                .body("to", equalTo(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED")))
                .body("[2].comment", equalTo("请补充专利证明"));
    }

    @Test
    void illegalTransitionsAnswer409NamingTheRule() {
        String c = openCampaign();
        String id = readyDraft(APPLICANT1, c, "孙八");
        as(RECOMMENDER).body(Map.of("opinion", "同意")).post("/api/v1/applications/" + id + "/endorse")
                .then().statusCode(404);
        as(APPLICANT1).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        as(ADMIN).body(Map.of("accepted", true)).post("/api/v1/applications/" + id + "/screen")
                .then().statusCode(409).body("code", equalTo("APPLICATION_ILLEGAL_TRANSITION"));
        as(RECOMMENDER).body(Map.of("opinion", "同意")).post("/api/v1/applications/" + id + "/endorse").then().statusCode(200);
        as(RECOMMENDER).body(Map.of("reason", "再看看")).post("/api/v1/applications/" + id + "/return")
                .then().statusCode(409).body("code", equalTo("APPLICATION_ILLEGAL_TRANSITION"));
        as(APPLICANT1).post("/api/v1/applications/" + id + "/submit").then().statusCode(409)
                .body("code", equalTo("APPLICATION_NOT_EDITABLE"));
    }

    @Test
    void rejectionNeedsAReason() {
        String c = openCampaign();
        String id = readyDraft(APPLICANT1, c, "周九");
        as(APPLICANT1).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        as(RECOMMENDER).body(Map.of("opinion", "同意")).post("/api/v1/applications/" + id + "/endorse").then().statusCode(200);
        as(ADMIN).body(Map.of("accepted", false)).post("/api/v1/applications/" + id + "/screen").then().statusCode(422)
                .body("errors[0].code", equalTo("REASON_REQUIRED"));
        as(ADMIN).body(Map.of("accepted", false, "reason", "领军人条件不符")).post("/api/v1/applications/" + id + "/screen")
                .then().statusCode(200).body("state", equalTo("REJECTED")).body("screeningReason", equalTo("领军人条件不符"));
    }

    @Test
    void oneApplicationPerUnitPerCampaign() {
        String c = openCampaign();
        createDraft(APPLICANT1, c, Map.of());
        as(APPLICANT1).body(Map.of("campaignId", c)).post("/api/v1/applications").then().statusCode(409)
                .body("code", equalTo("DUPLICATE_APPLICATION"));
    }

    @Test
    void recommenderMustBeTheUnitsOwn() {
        String c = openCampaign();
        String id = readyDraft(APPLICANT1, c, "吴十");
        Map<String, Object> form = completeForm("吴十", 3);
        form.put("recommenderOrgId", "street-east");
        as(APPLICANT1).body(form).put("/api/v1/applications/" + id + "/form").then().statusCode(200);
        as(APPLICANT1).post("/api/v1/applications/" + id + "/submit").then().statusCode(422)
                .body("errors.code", hasItems("RECOMMENDER_NOT_RESPONSIBLE"));
        form.put("recommenderOrgId", "no-such-org");
        as(APPLICANT1).body(form).put("/api/v1/applications/" + id + "/form").then().statusCode(200);
        as(APPLICANT1).post("/api/v1/applications/" + id + "/submit").then().statusCode(422)
                .body("errors.code", hasItems("RECOMMENDER_UNKNOWN"));
    }
}
