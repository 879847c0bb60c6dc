package cn.studio.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

@QuarkusTest
@TestProfile(UpstreamTimeoutTest.OneSecond.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoBackend.class)
class UpstreamTimeoutTest {
    public static class OneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("studio.gateway.timeout", "1s");
        }
    }

    @Test
    void aServiceSilentLongerThanTheTimeoutIsProblemJson504() {
        given().when().get("/api/v1/public/register/slow")
                .then().statusCode(504).contentType("application/problem+json")
                .body("code", equalTo("GATEWAY_TIMEOUT")).time(lessThan(2900L));
    }

    @Test
    void aServiceWithinTheTimeoutIsProxied() {
        given().when().get("/api/v1/public/register").then().statusCode(200);
    }
}
