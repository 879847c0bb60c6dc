package cn.studio.e2e;

import cn.studio.stack.LocalStack;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's walk, through the gateway with real Keycloak tokens: create, upload, submit, endorse, screen. */
class ApplicationWalkTest {
    private static LocalStack stack;

    @BeforeAll
    static void startTheSuite() {
        stack = WholeStack.get();
    }

    private static RequestSpecification as(String user) {
        return given().baseUri(stack.gatewayUrl()).header("Authorization", "Bearer " + WholeStack.token(user))
                .contentType(ContentType.JSON);
    }

    @Test
    void anApplicationGoesFromDraftToScreenedThroughTheGateway() throws Exception {
        String campaign = given().baseUri(stack.gatewayUrl()).get("/api/v1/public/campaigns").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty())).extract().path("[0].id");
        String form = new String(ApplicationWalkTest.class.getResourceAsStream("/complete-form.json").readAllBytes(),
                StandardCharsets.UTF_8);
        String app = as("applicant2").body("{\"campaignId\":\"" + campaign + "\",\"form\":" + form + "}")
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        byte[] jpeg = new byte[4096];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        for (String[] file : List.of(new String[]{"PHOTO", "1.jpg"}, new String[]{"PHOTO", "2.jpg"},
                new String[]{"PHOTO", "3.jpg"}, new String[]{"RECOMMENDATION_LETTER", "推荐材料.jpg"})) {
            var started = as("applicant2").body(Map.of("kind", file[0], "fileName", file[1]))
                    .post("/api/v1/applications/" + app + "/attachments").then().statusCode(201).extract();
            HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(started.path("uploadUrl")))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(jpeg)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, put.statusCode(), put.body());
            as("applicant2").post("/api/v1/applications/" + app + "/attachments/" + started.path("id") + "/complete")
                    .then().statusCode(200).body("state", equalTo("STORED"));
        }
        as("applicant2").post("/api/v1/applications/" + app + "/submit").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        as("recommender1").body(Map.of("opinion", "同意推荐")).post("/api/v1/applications/" + app + "/endorse")
                .then().statusCode(200).body("state", equalTo("ENDORSED"));
        as("admin1").body(Map.of("accepted", true)).post("/api/v1/applications/" + app + "/screen")
                .then().statusCode(200).body("state", equalTo("ACCEPTED"));
        as("applicant2").get("/api/v1/applications/" + app + "/history").then().statusCode(200).body("$", hasSize(4));
        as("applicant1").get("/api/v1/applications/" + app).then().statusCode(404);
        given().baseUri(stack.gatewayUrl()).header("Authorization", "Bearer " + WholeStack.token("applicant2"))
                .get("/api/v1/applications/" + app + "/form").then().statusCode(200).contentType("application/pdf");
    }
}
