package cn.studio.e2e;

import cn.studio.stack.LocalStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The foundation's promise, end to end: real Keycloak tokens, through the gateway, to a service and back. */
class WholeStackSmokeTest {
    private static LocalStack stack;

    @BeforeAll
    static void startTheSuite() {
        stack = WholeStack.get();
    }

    @Test
    void everyApplicationReportsReady() {
        given().when().get(stack.gatewayUrl() + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        for (String service : LocalStack.SERVICES) {
            given().when().get(stack.apps().get(service).url() + "/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItem("Database connections health check"))
                    .body("checks.name", hasItem("Kafka connection health check"));
        }
    }

    @Test
    void passwordGrantTokenCarriesRolesAndOrg() throws Exception {
        JsonNode claims = claims(WholeStack.token("applicant1"));
        assertEquals("applicant1", claims.path("preferred_username").asText());
        assertEquals("unit-001", claims.path("org").asText());
        assertTrue(claims.path("realm_access").path("roles").toString().contains("\"applicant\""), claims.toString());
        assertEquals("13800000031", claims.path("phone").asText());
    }

    @Test
    void authorisedCallThroughTheGatewaySucceeds() {
        given().header("Authorization", "Bearer " + WholeStack.token("applicant1"))
                .when().get(stack.gatewayUrl() + "/api/v1/applications")
                .then().statusCode(200);
    }

    @Test
    void callWithoutTokenIs401() {
        given().when().get(stack.gatewayUrl() + "/api/v1/applications").then().statusCode(401);
    }

    @Test
    void tokenWithoutTheRoleIs403() {
        given().header("Authorization", "Bearer " + WholeStack.token("reviewer1"))
                .when().get(stack.gatewayUrl() + "/api/v1/applications")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void wrongPasswordGetsNoToken() {
        given().formParam("grant_type", "password").formParam("client_id", "studio-spa")
                .formParam("username", "applicant1").formParam("password", "wrong")
                .when().post(stack.keycloak().tokenUrl()).then().statusCode(401);
    }

    @Test
    void gatewayIndexesEveryServiceOpenApi() {
        given().when().get(stack.gatewayUrl() + "/api/docs").then().statusCode(200).body("$", hasSize(4));
        given().when().get(stack.gatewayUrl() + "/api/docs/application").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/applications"));
    }

    /** notification-service will read the directory this way: service account, users by org. */
    @Test
    void serviceAccountCanFindUsersByOrgInTheDirectory() {
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", "studio-services")
                .formParam("client_secret", "studio-services-secret")
                .when().post(stack.keycloak().tokenUrl()).then().statusCode(200).extract().path("access_token");
        List<String> users = given().header("Authorization", "Bearer " + token).queryParam("q", "org:sys-industry")
                .when().get(stack.keycloak().url() + "/admin/realms/studio/users")
                .then().statusCode(200).extract().path("username");
        assertEquals(List.of("recommender1"), users);
        given().header("Authorization", "Bearer " + token)
                .when().get(stack.keycloak().url() + "/admin/realms/studio/users?username=recommender1&exact=true")
                .then().statusCode(200).body("[0].attributes.phone[0]", equalTo("13800000021"))
                .body("[0].email", equalTo("recommender1@studio.local"));
    }

    private static JsonNode claims(String jwt) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
