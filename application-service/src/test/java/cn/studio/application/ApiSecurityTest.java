package cn.studio.application;

import cn.studio.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ApiSecurityTest {

    @Test
    void applicantWithTokenMayListApplications() {
        given().header("Authorization", TestTokens.bearer("applicant1", "unit-001", "applicant"))
                .header("X-Request-Id", "req-42")
                .when().get("/api/v1/applications")
                .then().statusCode(200).header("X-Request-Id", "req-42");
    }

    @Test
    void requestWithoutTokenIs401() {
        given().when().get("/api/v1/applications").then().statusCode(401);
    }

    @Test
    void tamperedTokenIs401() {
        String token = TestTokens.token("applicant1", "unit-001", "applicant");
        given().header("Authorization", "Bearer " + token.substring(0, token.length() - 4) + "AAAA")
                .when().get("/api/v1/applications").then().statusCode(401);
    }

    @Test
    void reviewerIsRefusedWith403AsProblemJson() {
        given().header("Authorization", TestTokens.bearer("reviewer1", "expert-001", "reviewer"))
                .when().get("/api/v1/applications")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"))
                .body("status", equalTo(403));
    }
}
