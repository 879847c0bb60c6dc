package cn.studio.e2e;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.studio.e2e.WholeStack.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The README's walk, through the gateway with real Keycloak tokens: create, upload, submit, endorse, screen. */
class ApplicationWalkTest {

    @Test
    void anApplicationGoesFromDraftToScreenedThroughTheGateway() {
        String app = WholeStack.readyDraft("applicant2", WholeStack.demoCampaign());
        as("applicant2").post("/api/v1/applications/" + app + "/submit").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        as("recommender1").body(Map.of("opinion", "同意推荐")).post("/api/v1/applications/" + app + "/endorse")
                .then().statusCode(200).body("state", equalTo("ENDORSED"));
        as("admin1").body(Map.of("accepted", true)).post("/api/v1/applications/" + app + "/screen")
                .then().statusCode(200).body("state", equalTo("ACCEPTED"));
        as("applicant2").get("/api/v1/applications/" + app + "/history").then().statusCode(200).body("$", hasSize(4));
        as("applicant1").get("/api/v1/applications/" + app).then().statusCode(404);
        given().baseUri(WholeStack.get().gatewayUrl()).header("Authorization", "Bearer " + WholeStack.token("applicant2"))
                .get("/api/v1/applications/" + app + "/form").then().statusCode(200).contentType("application/pdf");
    }
}
