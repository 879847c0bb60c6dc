package cn.studio.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoBackend.class)
class ApiDocsTest {
    private static final List<String> SERVICES = List.of("application", "lifecycle", "notification", "review");
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=['\"]([^'\"]+)['\"]");

    @ConfigProperty(name = "studio.gateway.services.application")
    String serviceAddress;

    @Test
    void theIndexListsTheFourDocumentsOnTheGatewaysPaths() {
        given().when().get("/api/docs/index.json").then().statusCode(200)
                .body("$", hasSize(4))
                .body("service", equalTo(SERVICES))
                .body("openapi", equalTo(SERVICES.stream().map(s -> "/api/docs/" + s + "/openapi.json").toList()))
                .body(not(containsString("http")));
    }

    @Test
    void theSwaggerUiSelectorOffersEveryServiceDocumentThroughTheGateway() {
        String page = given().when().get("/api/docs/").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        for (String service : SERVICES) {
            assertTrue(page.contains("/api/docs/" + service + "/openapi.json"), service + " missing from the selector");
        }
        assertFalse(page.contains(serviceAddress), "the page names a service's own address");
        assertFalse(page.contains("/q/openapi"), "the page points at the gateway's own document, not the services'");
    }

    @Test
    void theUiPageLoadsItsAssetsFromTheGatewayItself() {
        String page = given().when().get("/api/docs/").then().statusCode(200).extract().asString();
        Matcher m = ASSET.matcher(page);
        List<String> assets = new ArrayList<>();
        while (m.find()) {
            String href = m.group(1);
            if (!href.startsWith("${") && !href.startsWith("#") && !href.startsWith("/api/docs")) {
                assets.add(href);
            }
        }
        assertTrue(assets.contains("swagger-ui-bundle.js") && assets.contains("swagger-ui.css"), "assets: " + assets);
        for (String asset : assets) {
            assertFalse(asset.contains("//"), "asset from elsewhere (a CDN?): " + asset);
            given().when().get("/api/docs/" + asset).then().statusCode(200);
        }
        given().when().get("/api/docs/oauth2-redirect.html").then().statusCode(200);
    }

    @Test
    void theBarePathLeadsABrowserToTheUi() {
        given().redirects().follow(false).accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .when().get("/api/docs").then().statusCode(302).header("Location", "/api/docs/");
    }

    @Test
    void theBarePathAndTheEarlierDocumentPathsStillAnswerPrograms() {
        given().when().get("/api/docs").then().statusCode(200).contentType(containsString("application/json"))
                .body("$", hasSize(4)).body("[0].openapi", equalTo("/api/docs/application/openapi.json"));
        given().when().get("/api/docs/application").then().statusCode(200)
                .body("servers[0].url", equalTo(RestAssured.baseURI + ":" + RestAssured.port));
    }

    @Test
    void aDocumentThroughTheGatewayNamesOnlyTheGatewayAsItsServer() {
        String gateway = RestAssured.baseURI + ":" + RestAssured.port;
        Response response = given().when().get("/api/docs/application/openapi.json");
        response.then().statusCode(200).contentType(containsString("application/json"))
                .body("servers", hasSize(1))
                .body("servers[0].url", equalTo(gateway))
                .body("paths.'/api/v1/applications'.servers", nullValue())
                .body("paths.'/api/v1/applications'.get.servers", nullValue())
                .body("info.description", equalTo("Health at " + gateway + "/q/health"));
        assertFalse(response.asString().contains(serviceAddress), "the document still names the service's address");
    }

    @Test
    void theOAuthSchemeStillPointsAtKeycloak() {
        given().when().get("/api/docs/review/openapi.json").then().statusCode(200)
                .body("components.securitySchemes.oidc.flows.authorizationCode.tokenUrl", equalTo(EchoBackend.KEYCLOAK_TOKEN_URL))
                .body("components.securitySchemes.oidc.flows.authorizationCode.authorizationUrl",
                        equalTo(EchoBackend.KEYCLOAK_AUTH_URL));
    }

    @Test
    void aDocumentIsFetchedFromItsServiceAtMostOnceInAFewSeconds() {
        given().when().get("/api/docs/notification/openapi.json").then().statusCode(200);
        int before = EchoBackend.OPENAPI_REQUESTS.get();
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/docs/notification/openapi.json").then().statusCode(200);
        }
        assertTrue(EchoBackend.OPENAPI_REQUESTS.get() - before <= 1, "fetched again for every request");
    }

    @Test
    void anUnknownServiceIsProblemJson404() {
        given().when().get("/api/docs/billing/openapi.json").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NO_SUCH_SERVICE"));
    }

    @Test
    void aConfiguredPublicAddressWins() {
        String rewritten = ApiDocs.forGateway(EchoBackend.openApiDocument("http://10.0.0.7:8081"),
                "https://api.example.cn", List.of("http://10.0.0.7:8081/"));
        assertFalse(rewritten.contains("10.0.0.7"), rewritten);
        assertEquals(1, rewritten.split("\"servers\"", -1).length - 1, rewritten);
        assertTrue(rewritten.contains("{\"url\":\"https://api.example.cn\""), rewritten);
    }
}
