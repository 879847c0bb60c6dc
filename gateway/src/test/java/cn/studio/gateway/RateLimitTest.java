package cn.studio.gateway;

import cn.studio.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small limits, refilled slowly (one request an hour), so that each test sees its bucket run dry. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoBackend.class)
class RateLimitTest {
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "studio.gateway.rate-limit.public.requests", "1",
                    "studio.gateway.rate-limit.public.period", "1h",
                    "studio.gateway.rate-limit.public.burst", "2",
                    "studio.gateway.rate-limit.anonymous.requests", "1",
                    "studio.gateway.rate-limit.anonymous.period", "1h",
                    "studio.gateway.rate-limit.anonymous.burst", "5",
                    "studio.gateway.rate-limit.user.requests", "1",
                    "studio.gateway.rate-limit.user.period", "1h",
                    "studio.gateway.rate-limit.user.burst", "4");
        }
    }

    private static void assertTooMany(ValidatableResponse response) {
        response.statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).body("code", equalTo("TOO_MANY_REQUESTS"));
        int retryAfter = Integer.parseInt(response.extract().header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
    }

    @Test
    void publicPathsAreLimitedPerClientAddressWithOrWithoutAToken() {
        given().when().get("/api/v1/public/register").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("public-reader", "unit-001", "applicant"))
                .when().get("/api/v1/public/campaigns").then().statusCode(200);
        assertTooMany(given().when().get("/api/v1/public/register").then());
    }

    @Test
    void eachSignedInUserHasABucketOfTheirOwn() {
        String first = TestTokens.bearer("busy-user", "unit-001", "applicant");
        for (int i = 0; i < 4; i++) {
            // the first request verifies the token, the others come from the verified-token cache: one bucket
            given().header("Authorization", first).when().get("/api/v1/applications").then().statusCode(200);
        }
        assertTooMany(given().header("Authorization", first).when().get("/api/v1/applications").then());
        // a new token of the same user is the same subject
        assertTooMany(given().header("Authorization", TestTokens.bearer("busy-user", "unit-001", "applicant"))
                .when().get("/api/v1/applications").then());
        // another user, from the same address, is not held back
        given().header("Authorization", TestTokens.bearer("other-user", "unit-002", "applicant"))
                .when().get("/api/v1/applications").then().statusCode(200);
    }

    @Test
    void callsWithoutAVerifiedTokenAreLimitedPerAddressBeforeAnyTokenIsChecked() {
        // another client address (127.0.0.2): requests whose token was never verified (none, a bad one) share its
        // anonymous bucket of 5, and once it is empty are refused before the token is looked at
        for (int i = 0; i < 5; i++) {
            assertEquals(401, RawHttp.getFrom("127.0.0.2", "/api/v1/applications", "Authorization: Bearer not.a.token").status());
        }
        RawHttp.Answer refused = RawHttp.getFrom("127.0.0.2", "/api/v1/reviews/rounds");
        assertEquals(429, refused.status(), refused.head());
        assertTrue(refused.isProblemJson(), refused.head());
        assertTrue(refused.head().contains("Retry-After: "), refused.head());
        assertEquals(429, RawHttp.getFrom("127.0.0.2", "/api/v1/applications", "Authorization: Bearer not.a.token").status());
        // the other address is another client
        given().when().get("/api/v1/reviews/rounds").then().statusCode(401);
    }

    @Test
    void requestsOutsideTheApiAreNotCounted() {
        for (int i = 0; i < 10; i++) {
            given().when().get("/q/health/ready").then().statusCode(200);
        }
        given().when().get("/api/docs/index.json").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(4)).body("size()", lessThanOrEqualTo(4));
    }
}
