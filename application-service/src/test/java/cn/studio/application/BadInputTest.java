package cn.studio.application;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Bad input is a 400 problem+json that names what is wrong; never a 500; nothing saved is lost. */
@QuarkusTest
class BadInputTest {

    @Test
    void malformedJson() {
        as(APPLICANT1).body("{\"campaignId\": ").post("/api/v1/applications").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void wrongTypeNamesTheField() {
        String app = Fixtures.createDraft(APPLICANT1, Fixtures.openCampaign(), Map.of("leader", Map.of("name", "韩三")));
        as(APPLICANT1).body("{\"studio\": {\"headcount\": \"thirty\"}}").put("/api/v1/applications/" + app + "/form")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("studio.headcount"));
        as(APPLICANT1).get("/api/v1/applications/" + app).then().statusCode(200).body("leaderName", equalTo("韩三"));
    }

    @Test
    void unknownEnumValueListsTheChoices() {
        String app = Fixtures.createDraft(APPLICANT1, Fixtures.openCampaign(), Map.of());
        as(APPLICANT1).body(Map.of("studio", Map.of("innovationFields", java.util.List.of("TIME_TRAVEL"))))
                .put("/api/v1/applications/" + app + "/form").then().statusCode(400)
                .body("code", equalTo("INVALID_VALUE"))
                .body("errors[0].field", equalTo("studio.innovationFields[0]"))
                .body("errors[0].message", containsString("TECHNOLOGY"));
    }

    @Test
    void badYearMonthIsRefused() {
        String app = Fixtures.createDraft(APPLICANT1, Fixtures.openCampaign(), Map.of());
        as(APPLICANT1).body(Map.of("leader", Map.of("birthMonth", "1975/3"))).put("/api/v1/applications/" + app + "/form")
                .then().statusCode(400).body("errors[0].field", equalTo("leader.birthMonth"));
    }

    @Test
    void oversizedBodyIsRefused() {
        String huge = "{\"thisYearWork\": \"" + "字".repeat(1_200_000) + "\"}";
        // refused by the HTTP layer before any JSON is read: 413 Payload Too Large (the precise status), as problem+json
        as(APPLICANT1).body(huge).post("/api/v1/applications").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"))
                .body("detail", containsString("KB"));
    }

    @Test
    void oversizedChunkedBodyIsRefusedWhileReading() throws Exception {
        byte[] huge = ("{\"thisYearWork\": \"" + "字".repeat(1_200_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/v1/applications"))
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Authorization", APPLICANT1).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();
        int before = as(APPLICANT1).get("/api/v1/applications").then().statusCode(200).extract().path("size()");
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            // no declared length: RESTEasy Reactive's input stream ends the exchange with a bare 413 once past the limit
            org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode(), "chunked upload over the limit");
        } catch (java.io.IOException closedWhileUploading) {
            // the server answered 413 and closed the connection while the client was still sending: refused as well
        }
        as(APPLICANT1).get("/api/v1/applications").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(before));
    }

    @Test
    void tooManyParticipantsInADraftAreRefusedByTheFieldLimit() {
        String app = Fixtures.createDraft(APPLICANT1, Fixtures.openCampaign(), Map.of());
        as(APPLICANT1).body(Fixtures.completeForm("韩四", 151)).put("/api/v1/applications/" + app + "/form")
                .then().statusCode(400).body("errors.field", hasItem("participants"));
    }

    @Test
    void wrongIdFormatIsNot500() {
        as(APPLICANT1).get("/api/v1/applications/not-a-uuid").then().statusCode(404);
    }
}
