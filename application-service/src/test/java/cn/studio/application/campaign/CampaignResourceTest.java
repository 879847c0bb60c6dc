package cn.studio.application.campaign;

import cn.studio.application.Fixtures;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import static cn.studio.application.Fixtures.ADMIN;
import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CampaignResourceTest {

    @Test
    void adminCreatesADraftWithItsDeadlineInBeijingTime() {
        Map<String, Object> body = Fixtures.campaignBody(LocalDateTime.of(2031, 1, 20, 17, 0));
        as(ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/campaigns/"))
                .body("state", equalTo("DRAFT")).body("stateLabel", equalTo("草稿"))
                .body("deadline", equalTo("2031-01-20T17:00:00+08:00"));
    }

    @Test
    void onlyUnionAdminManagesCampaigns() {
        as(APPLICANT1).body(Fixtures.campaignBody(LocalDateTime.now().plusDays(3))).post("/api/v1/campaigns")
                .then().statusCode(403);
        given().contentType("application/json").body(Fixtures.campaignBody(LocalDateTime.now().plusDays(3)))
                .post("/api/v1/campaigns").then().statusCode(401);
    }

    @Test
    void everyMissingFieldIsNamed() {
        as(ADMIN).body(Map.of("year", 1999, "quota", 0)).post("/api/v1/campaigns").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "deadline", "contactPerson", "year", "quota"))
                .body("errors.code", hasItems("NOT_BLANK", "NOT_NULL", "MIN"));
    }

    @Test
    void onlyLegalTransitions() {
        String id = as(ADMIN).body(Fixtures.campaignBody(LocalDateTime.now().plusDays(10))).post("/api/v1/campaigns")
                .then().extract().path("id");
        as(ADMIN).body(Map.of("to", "DECIDED")).post("/api/v1/campaigns/" + id + "/transitions").then().statusCode(409)
                .body("code", equalTo("CAMPAIGN_ILLEGAL_TRANSITION"));
        for (String next : new String[]{"OPEN", "CLOSED", "UNDER_REVIEW", "DECIDED", "ARCHIVED"}) {
            as(ADMIN).body(Map.of("to", next)).post("/api/v1/campaigns/" + id + "/transitions").then().statusCode(200)
                    .body("state", equalTo(next));
        }
        as(ADMIN).body(Map.of("to", "OPEN")).post("/api/v1/campaigns/" + id + "/transitions").then().statusCode(409);
    }

    @Test
    void aCampaignPastItsDeadlineCannotOpen() {
        String id = as(ADMIN).body(Fixtures.campaignBody(LocalDateTime.now().minusDays(1))).post("/api/v1/campaigns")
                .then().extract().path("id");
        as(ADMIN).body(Map.of("to", "OPEN")).post("/api/v1/campaigns/" + id + "/transitions").then().statusCode(409)
                .body("code", equalTo("CAMPAIGN_DEADLINE_PASSED"));
    }

    @Test
    void anyoneMayListOpenCampaignsButNotDrafts() {
        String open = Fixtures.openCampaign();
        String draft = as(ADMIN).body(Fixtures.campaignBody(LocalDateTime.now().plusDays(10))).post("/api/v1/campaigns")
                .then().extract().path("id");
        given().get("/api/v1/public/campaigns").then().statusCode(200)
                .body("id", hasItem(open)).body("id", not(hasItem(draft)))
                .body("[0].deadline", endsWith("+08:00"));
        as(Fixtures.COMMISSION).get("/api/v1/campaigns").then().statusCode(200).body("id", hasItem(draft));
        as(APPLICANT1).get("/api/v1/campaigns").then().statusCode(200).body("id", not(hasItem(draft)));
    }

    @Test
    void noApplicationAfterTheDeadline() {
        String id = as(ADMIN).body(Fixtures.campaignBody(LocalDateTime.now(Campaign.ZONE).plusDays(1))).post("/api/v1/campaigns")
                .then().extract().path("id");
        as(ADMIN).body(Map.of("to", "OPEN")).post("/api/v1/campaigns/" + id + "/transitions").then().statusCode(200);
        String app = Fixtures.readyDraft(APPLICANT1, id, "晚到");
        // two days on: the service's clock (the platform's Clock bean) for the rest of this test only
        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofDays(2)), Clock.class);
        as(APPLICANT1).post("/api/v1/applications/" + app + "/submit").then().statusCode(422)
                .body("errors.code", hasItem("CAMPAIGN_NOT_OPEN"));
    }
}
