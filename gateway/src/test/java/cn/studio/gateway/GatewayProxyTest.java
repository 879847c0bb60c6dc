package cn.studio.gateway;

import cn.studio.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoBackend.class)
class GatewayProxyTest {
    private static final String APPLICANT = TestTokens.bearer("applicant1", "unit-001", "applicant");

    @Test
    void authorisedCallIsProxiedWithTokenPathAndQueryIntact() {
        given().header("Authorization", APPLICANT)
                .when().get("/api/v1/applications/42/history?page=2&size=10")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/applications/42/history?page=2&size=10"))
                .body("authorization", equalTo(APPLICANT))
                .body("forwardedHost", not(emptyOrNullString()));
    }

    @Test
    void callWithoutTokenIsRefusedBeforeReachingAService() {
        given().when().get("/api/v1/applications").then().statusCode(401).header("X-Request-Id", not(emptyOrNullString()));
    }

    @Test
    void invalidTokenIsRefused() {
        given().header("Authorization", "Bearer not.a.token").when().get("/api/v1/applications").then().statusCode(401);
    }

    @Test
    void publicPathsNeedNoToken() {
        given().when().get("/api/v1/public/register").then().statusCode(200).body("authorization", equalTo(""));
    }

    @Test
    void requestBodiesStreamThroughUnchanged() {
        byte[] body = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(body);
        given().header("Authorization", APPLICANT).contentType("application/octet-stream").body(body)
                .when().post("/api/v1/applications/42/form")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(body.length))
                .body("bodySha256", equalTo(EchoBackend.sha256(body)));
    }

    @Test
    void serviceStatusCodesArePassedBack() {
        given().header("Authorization", APPLICANT).when().get("/api/v1/studios/teapot").then().statusCode(418);
    }

    @Test
    void requestIdIsPassedOnAndEchoed() {
        given().header("Authorization", APPLICANT).header("X-Request-Id", "trace-me-1")
                .when().get("/api/v1/reviews/rounds")
                .then().statusCode(200).header("X-Request-Id", "trace-me-1").body("requestId", equalTo("trace-me-1"));
    }

    @Test
    void aRequestIdIsCreatedWhenMissingOrUnsafe() {
        given().header("Authorization", APPLICANT).header("X-Request-Id", "bad id\twith spaces")
                .when().get("/api/v1/notifications/inbox")
                .then().statusCode(200).body("requestId", not(equalTo("bad id\twith spaces")))
                .body("requestId", not(emptyOrNullString()));
    }

    @Test
    void unknownResourceIsProblemJson404() {
        given().header("Authorization", APPLICANT).when().get("/api/v1/nothing-here/1")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NO_SUCH_RESOURCE"));
    }

    @Test
    void corsPreflightIsAnsweredForConfiguredOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/applications")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:5173");
    }

    @Test
    void corsIsNotGrantedToOtherOrigins() {
        given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/applications")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("ORIGIN_NOT_ALLOWED"));
    }

    @Test
    void aRequestFromAnotherOriginIsProblemJson403() {
        given().header("Origin", "http://evil.example").header("Authorization", APPLICANT)
                .when().post("/api/v1/applications")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("ORIGIN_NOT_ALLOWED"))
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theGatewaysOwnOriginIsAlwaysAllowed() {
        // e.g. Swagger UI's "Try it out" at /api/docs/, which a browser sends with Origin on a POST
        String self = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        given().header("Origin", self).header("Authorization", APPLICANT).contentType("application/json").body("{}")
                .when().post("/api/v1/applications").then().statusCode(200).body("method", equalTo("POST"));
    }

    @Test
    void aMissingTokenIsProblemJson401WithTheBearerChallenge() {
        given().when().get("/api/v1/applications").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401)).body("code", equalTo("UNAUTHENTICATED"))
                .body("requestId", not(emptyOrNullString()));
    }

    @Test
    void aRefusedTokenIsProblemJson401() {
        given().header("Authorization", "Bearer not.a.token").when().get("/api/v1/applications").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body("code", equalTo("UNAUTHENTICATED")).body("detail", equalTo("访问令牌无效或已过期"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/public/../applications",
            "/api/v1/public/%2e%2e/applications",
            "/api/v1/public/%2E%2E/applications",
            "/api/v1//applications",
            "/api/v1/applications;jsessionid=1",
            "/api/v1/public;x=/../applications",
            "/api/v1/public/campaigns%2F..%2Fapplications",
            "/api/v1/%61pplications",
            "/api/v1/public/..%5Cq/health",
            "/api/v1/../q/openapi",
            "/api/v1/public/%2e%2e/%2e%2e/q/metrics"})
    void aPathNotInNormalFormIsRefusedBeforeSecurityAndRouting(String target) {
        RawHttp.Answer answer = RawHttp.get(target);
        assertEquals(400, answer.status(), answer.head());
        assertTrue(answer.isProblemJson(), answer.head());
        assertTrue(answer.body().contains("\"code\":\"PATH_NOT_NORMALISED\""), answer.body());
        assertFalse(answer.body().contains("bodySha256"), "reached the service: " + answer.body());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        given().header("Authorization", APPLICANT).when().get("/api/v1/applications/7").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", nullValue()); // plain HTTP: HSTS only on TLS
        given().when().get("/api/v1/nothing-here").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer");
    }

    @Test
    void encodedNamesStillPassAndReachTheServiceUnchanged() {
        RawHttp.Answer answer = RawHttp.get("/api/v1/public/register/%E5%B7%A5%20x?q=%E5%B7%A5");
        assertEquals(200, answer.status(), answer.head());
        assertTrue(answer.body().contains("\"uri\":\"/api/v1/public/register/%E5%B7%A5%20x?q=%E5%B7%A5\""), answer.body());
    }

    @Test
    void gatewayHasItsOwnHealth() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
