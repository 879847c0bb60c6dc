package cn.studio.testsupport;

import cn.studio.stack.*;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What every application of the suite promises operators and client authors, checked the same way for each:
 * extend it in a {@code @QuarkusTest} of the module.
 */
public abstract class ServiceConformanceTests {

    /** Names of the readiness checks this application must report UP (e.g. the database and Kafka). */
    protected abstract java.util.List<String> requiredReadinessChecks();

    @Test
    void readinessIsUpAndCoversItsServers() {
        var response = given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        for (String check : requiredReadinessChecks()) {
            response.body("checks.name", hasItem(check));
        }
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("system_cpu_count"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then().statusCode(200)
                .body("openapi", notNullValue())
                .body("info.title", notNullValue());
    }

    /**
     * The contract third-party front ends build from: every operation documents its errors as problem+json, its success
     * with a schema, and examples of its JSON bodies ({@link OpenApiContract}). The failure names each operation and what
     * it lacks; the document read is kept at {@code target/openapi.json}.
     */
    @Test
    void openApiDocumentsEveryOperationForClientAuthors() {
        String json = given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        java.nio.file.Path saved = OpenApiContract.save(json);
        java.util.List<String> gaps = OpenApiContract.gaps(json);
        org.junit.jupiter.api.Assertions.assertTrue(gaps.isEmpty(), () -> OpenApiContract.report(gaps, saved));
    }

    /** A valid bearer token for an administrator, as this module's tests obtain tokens. */
    protected String adminBearer() {
        return TestTokens.bearer("admin1", "district-union", "union-admin");
    }

    @Test
    void unknownPathIsProblemJsonNot500() {
        given().header("Authorization", adminBearer())
                .when().get("/api/v1/no-such-thing/42").then().statusCode(404);
    }
}
