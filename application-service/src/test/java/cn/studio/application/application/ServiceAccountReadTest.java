package cn.studio.application.application;

import cn.studio.application.Fixtures;
import cn.studio.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.REVIEWER;
import static cn.studio.application.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

/**
 * The suite's own services (realm role {@code service}, a client-credentials token) read any application: review-service
 * does so for a reviewer it has checked. They can change nothing, and a reviewer's own token still reads nothing here.
 */
@QuarkusTest
class ServiceAccountReadTest {
    private static final String SERVICE = TestTokens.bearer("service-account-studio-services", null, "service");

    @Test
    void aServiceReadsTheApplicationItsAttachmentsAndTheFormButChangesNothing() {
        String app = Fixtures.createDraft(APPLICANT1, Fixtures.openCampaign(), Fixtures.completeForm("孙八", 30));
        as(SERVICE).get("/api/v1/applications/" + app).then().statusCode(200).body("form.leader.name", equalTo("孙八"));
        as(SERVICE).get("/api/v1/applications/" + app + "/attachments").then().statusCode(200);
        as(SERVICE).get("/api/v1/applications/" + app + "/form").then().statusCode(200).contentType("application/pdf");
        as(SERVICE).post("/api/v1/applications/" + app + "/submit").then().statusCode(403);
        as(REVIEWER).get("/api/v1/applications/" + app).then().statusCode(403);
    }
}
