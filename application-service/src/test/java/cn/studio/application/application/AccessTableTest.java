package cn.studio.application.application;

import cn.studio.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Endpoint × role, with cross-org probes. A submitted application of unit-001 (recommended through sys-industry)
 * and a draft of the same unit; a forbidden object answers exactly like a missing one (404).
 */
@QuarkusTest
class AccessTableTest {
    private static String submitted;
    private static String draft;

    @BeforeEach
    void applications() {
        if (submitted == null) {
            submitted = Fixtures.readyDraft(Fixtures.APPLICANT1, Fixtures.openCampaign(), "郑一");
            Fixtures.as(Fixtures.APPLICANT1).post("/api/v1/applications/" + submitted + "/submit").then().statusCode(200);
            draft = Fixtures.createDraft(Fixtures.APPLICANT1, Fixtures.openCampaign(), Map.of());
        }
    }

    private static RequestSpecification who(String caller) {
        return switch (caller) {
            case "anonymous" -> given().contentType("application/json");
            case "applicant1" -> Fixtures.as(Fixtures.APPLICANT1);
            case "applicant2" -> Fixtures.as(Fixtures.APPLICANT2);
            case "applicant3" -> Fixtures.as(Fixtures.APPLICANT3);
            case "recommender1" -> Fixtures.as(Fixtures.RECOMMENDER);
            case "recommender9" -> Fixtures.as(Fixtures.OTHER_RECOMMENDER);
            case "admin1" -> Fixtures.as(Fixtures.ADMIN);
            case "commission1" -> Fixtures.as(Fixtures.COMMISSION);
            case "reviewer1" -> Fixtures.as(Fixtures.REVIEWER);
            case "studio1" -> Fixtures.as(Fixtures.STUDIO);
            default -> throw new IllegalArgumentException(caller);
        };
    }

    @ParameterizedTest(name = "{0} {1} by {2} → {3}")
    @CsvSource({
            // reading a submitted application
            "GET, submitted, anonymous, 401",
            "GET, submitted, applicant1, 200",
            "GET, submitted, applicant2, 404",
            "GET, submitted, applicant3, 404",
            "GET, submitted, recommender1, 200",
            "GET, submitted, recommender9, 404",
            "GET, submitted, admin1, 200",
            "GET, submitted, commission1, 200",
            "GET, submitted, reviewer1, 403",
            "GET, submitted, studio1, 403",
            // a draft is its unit's own business
            "GET, draft, applicant1, 200",
            "GET, draft, recommender1, 404",
            "GET, draft, admin1, 200",
            // history and attachments follow the same rule
            "GET, submitted/history, applicant2, 404",
            "GET, submitted/history, recommender1, 200",
            "GET, submitted/history, recommender9, 404",
            "GET, submitted/attachments, applicant3, 404",
            "GET, submitted/attachments, commission1, 200",
            "GET, draft/attachments, recommender1, 404",
            // changing the form: only the unit itself, only while editable
            "PUT, draft/form, applicant1, 200",
            "PUT, draft/form, applicant2, 404",
            "PUT, draft/form, admin1, 403",
            "PUT, submitted/form, applicant1, 409",
            // flow steps by the wrong party
            "POST, draft/submit, applicant2, 404",
            "POST, submitted/endorse, recommender9, 404",
            "POST, submitted/endorse, applicant1, 403",
            "POST, submitted/return, recommender9, 404",
            "POST, submitted/screen, recommender1, 403",
            "POST, submitted/screen, commission1, 403",
            "POST, draft/attachments, applicant2, 404",
            "POST, draft/attachments, recommender1, 403",
    })
    void accessFollowsRoleAndOrganisation(String method, String target, String caller, int expected) {
        String id = target.startsWith("submitted") ? submitted : draft;
        String path = "/api/v1/applications/" + id + target.replaceFirst("^(submitted|draft)", "");
        Object body = switch (target.replaceFirst("^(submitted|draft)/?", "")) {
            case "form" -> Map.of();
            case "endorse" -> Map.of("opinion", "同意推荐");
            case "return" -> Map.of("reason", "请修改");
            case "screen" -> Map.of("accepted", true);
            case "attachments" -> Map.of("kind", "PHOTO", "fileName", "a.jpg");
            default -> null;
        };
        RequestSpecification request = who(caller);
        if (body != null) {
            request = request.body(body);
        }
        request.request(method, path).then().statusCode(expected);
    }

    @Test
    void listsShowOnlyWhatTheCallerMaySee() {
        Fixtures.as(Fixtures.APPLICANT1).get("/api/v1/applications").then().statusCode(200).body("id", hasItem(submitted)).body("id", hasItem(draft));
        Fixtures.as(Fixtures.APPLICANT2).get("/api/v1/applications").then().statusCode(200).body("id", not(hasItem(submitted)));
        Fixtures.as(Fixtures.RECOMMENDER).get("/api/v1/applications").then().statusCode(200)
                .body("id", hasItem(submitted)).body("id", not(hasItem(draft)));
        Fixtures.as(Fixtures.OTHER_RECOMMENDER).get("/api/v1/applications").then().statusCode(200).body("id", not(hasItem(submitted)));
        Fixtures.as(Fixtures.COMMISSION).get("/api/v1/applications").then().statusCode(200).body("id", hasItem(draft));
        Fixtures.as(Fixtures.REVIEWER).get("/api/v1/applications").then().statusCode(403);
    }

    @Test
    void unknownIdIsTheSame404AsAForbiddenOne() {
        Fixtures.as(Fixtures.APPLICANT2).get("/api/v1/applications/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
