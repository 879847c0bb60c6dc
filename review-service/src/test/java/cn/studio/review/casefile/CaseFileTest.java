package cn.studio.review.casefile;

import cn.studio.review.World;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static cn.studio.review.World.as;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.equalTo;

/**
 * A reviewer reads the whole application through review-service, which asks application-service (here a stub on the
 * real HTTP protocol) with its own service token, never the reviewer's.
 */
@QuarkusTest
class CaseFileTest {
    @OidcWireMock
    WireMockServer applicationService;

    private static final String PATH = "/auth/application-service/api/v1/applications/";

    @Test
    void anAssignedReviewerReadsTheFormWithTheServicesToken() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        String r = w.reviewer("expert-a");
        String reviewerToken = w.token(r);
        w.round(3, 5);
        w.assign(c, r);
        applicationService.stubFor(get(urlEqualTo(PATH + c)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + c + "\",\"form\":{\"leader\":{\"name\":\"张三\"}}}")));
        as(reviewerToken).get("/api/v1/reviews/cases/" + c + "/application").then().statusCode(200)
                .body("form.leader.name", equalTo("张三"));
        applicationService.verify(getRequestedFor(urlEqualTo(PATH + c))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("Authorization", notMatching(java.util.regex.Pattern.quote(reviewerToken))));
    }

    @Test
    void aReviewerWithoutTheCaseNeverTriggersARead() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        String r = w.reviewer("expert-a");
        w.round(3, 5);
        as(w.token(r)).get("/api/v1/reviews/cases/" + c + "/application").then().statusCode(404);
        applicationService.verify(0, getRequestedFor(urlEqualTo(PATH + c)));
    }

    @Test
    void anUnreachableApplicationServiceIsA503NotA500() {
        World w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        w.round(3, 5);
        applicationService.stubFor(get(urlEqualTo(PATH + c + "/attachments")).willReturn(aResponse().withStatus(502)));
        as(World.ADMIN).get("/api/v1/reviews/cases/" + c + "/attachments").then().statusCode(503)
                .contentType("application/problem+json").body("code", equalTo("APPLICATION_SERVICE_UNAVAILABLE"));
    }
}
