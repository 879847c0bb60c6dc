package cn.studio.review;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.COMMISSION;
import static io.restassured.RestAssured.given;

/**
 * Who may do what, as a table: endpoint × caller → status. Probes a conflicted panel member, a reviewer of another
 * round, an applicant of another unit and the anonymous caller. A forbidden object answers 404, a forbidden role 403.
 */
@QuarkusTest
class AccessTableTest {
    private static final String NONE = "anonymous";

    @TestFactory
    List<DynamicTest> endpointByCaller() {
        World w = new World().campaign(10);
        String unit = "unit-acl-" + w.tag;
        UUID c = w.caseOf(unit, "rec-" + w.tag, "张三");
        String assigned = w.reviewer("expert-a");
        String conflicted = w.reviewer(unit);
        w.round(3, 5);
        w.assign(c, assigned);
        World other = new World().campaign(10);
        String outsider = other.reviewer("expert-z");
        other.round(3, 5);

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put(NONE, null);
        callers.put("union-admin", ADMIN);
        callers.put("commission", COMMISSION);
        callers.put("assigned reviewer", w.token(assigned));
        callers.put("conflicted reviewer", w.token(conflicted));
        callers.put("reviewer of another round", other.token(outsider));
        callers.put("applicant of the unit", World.applicantToken(unit));
        callers.put("applicant of another unit", World.applicantToken("unit-other-" + w.tag));

        String round = "/api/v1/reviews/rounds/" + w.roundId;
        String kase = "/api/v1/reviews/cases/" + c;
        String card = round + "/cases/" + c + "/scorecard";
        // caller order: anonymous, admin, commission, assigned, conflicted, other round, applicant, other applicant
        Object[][] table = {
                {"GET", round, 401, 200, 200, 200, 200, 404, 403, 403},
                {"GET", round + "/units", 401, 200, 200, 200, 200, 404, 403, 403},
                {"GET", round + "/assignments", 401, 200, 200, 200, 200, 404, 403, 403},
                {"POST", round + "/assignments/automatic/preview", 401, 200, 403, 403, 403, 403, 403, 403},
                {"GET", round + "/ranking", 401, 200, 200, 403, 403, 403, 403, 403},
                {"GET", round + "/decision", 401, 404, 404, 403, 403, 403, 403, 403},
                {"GET", round + "/progress", 401, 200, 200, 200, 200, 404, 403, 403},
                {"GET", round + "/site-visits", 401, 200, 200, 200, 200, 404, 403, 403},
                {"GET", kase, 401, 200, 200, 200, 404, 404, 403, 403},
                {"GET", card, 401, 403, 403, 200, 404, 404, 403, 403},
                {"GET", card + "s", 401, 200, 200, 409, 404, 404, 403, 403},
                {"GET", "/api/v1/reviews/cases/mine", 401, 403, 403, 200, 200, 200, 403, 403},
                {"GET", "/api/v1/reviews/reviewers", 401, 200, 200, 403, 403, 403, 403, 403},
                {"GET", "/api/v1/reviews/audit", 401, 200, 200, 403, 403, 403, 403, 403},
                {"GET", "/api/v1/reviews/audit/chain/verify", 401, 200, 200, 403, 403, 403, 403, 403},
                {"GET", "/api/v1/reviews/applications/" + c + "/outcome", 401, 403, 403, 403, 403, 403, 200, 404},
        };
        List<String> names = new ArrayList<>(callers.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] row : table) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                String method = (String) row[0];
                String path = (String) row[1];
                int expected = (Integer) row[2 + i];
                tests.add(DynamicTest.dynamicTest(method + " " + path.replace(w.roundId, "{round}").replace(c.toString(), "{case}")
                        + " as " + name + " → " + expected, () -> {
                    var request = given().contentType("application/json");
                    if (callers.get(name) != null) {
                        request.header("Authorization", callers.get(name));
                    }
                    request.request(method, path).then().statusCode(expected);
                }));
            }
        }
        return tests;
    }
}
