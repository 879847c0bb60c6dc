package cn.studio.lifecycle;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.studio.lifecycle.World.ADMIN;
import static cn.studio.lifecycle.World.COMMISSION;
import static io.restassured.RestAssured.given;

/**
 * Who may do what, as a table: endpoint × caller → status. Probes the studio user of another unit, a recommender of
 * another unit, an applicant and the anonymous caller. A forbidden object answers 404, a forbidden role 403; the
 * public register answers everyone. Writes use a stale version or a body that breaks a rule, so an allowed caller gets 409 or 422 and nothing changes.
 */
@QuarkusTest
class AccessTableTest {
    private static final String NONE = "anonymous";

    @TestFactory
    List<DynamicTest> endpointByCaller() {
        World w = new World().named("访问甲", "访问乙");
        String studio = w.studioId(0);
        String report = World.as(w.studioToken(0)).body("{\"kind\":\"QUARTERLY_SUMMARY\",\"year\":2026,\"quarter\":1}")
                .post("/api/v1/studios/" + studio + "/reports").then().statusCode(201).extract().path("id");
        String result = World.as(w.studioToken(0)).body("{\"title\":\"成果\",\"type\":\"OTHER\",\"participants\":[\"甲\"],"
                + "\"achievedOn\":\"2026-06-01\"}").post("/api/v1/studios/" + studio + "/results").then().statusCode(201)
                .extract().path("id");

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put(NONE, null);
        callers.put("union-admin", ADMIN);
        callers.put("commission", COMMISSION);
        callers.put("studio user of the unit", w.studioToken(0));
        callers.put("studio user of another unit", w.studioToken(1));
        callers.put("its recommender", World.recommenderToken("rec-" + w.tag));
        callers.put("another recommender", World.recommenderToken("rec-other-" + w.tag));
        callers.put("applicant", cn.studio.testsupport.TestTokens.bearer("applicant1", w.unit(0), "applicant"));

        String s = "/api/v1/studios/" + studio;
        String stale = "{\"version\":99,\"reason\":\"r\",\"deadline\":\"2099-01-01\"}";
        // caller order: anonymous, admin, commission, studio, other studio, recommender, other recommender, applicant
        Object[][] table = {
                {"GET", "/api/v1/studios", null, 401, 200, 200, 200, 200, 200, 200, 403},
                {"GET", "/api/v1/studios/mine", null, 401, 403, 403, 200, 200, 403, 403, 403},
                {"GET", s, null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"GET", s + "/history", null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"POST", s + "/warning", stale, 401, 409, 403, 403, 403, 403, 403, 403},
                {"POST", s + "/warning/clear", stale, 401, 409, 403, 403, 403, 403, 403, 403},
                {"POST", s + "/delisting", stale, 401, 409, 403, 403, 403, 403, 403, 403},
                {"POST", s + "/delisting/approve", stale, 401, 403, 409, 403, 403, 403, 403, 403},
                {"POST", s + "/delisting/return", stale, 401, 403, 409, 403, 403, 403, 403, 403},
                {"GET", s + "/obligations", null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"GET", s + "/reports", null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"POST", s + "/reports", "{\"kind\":\"QUARTERLY_SUMMARY\",\"year\":2026}", 401, 403, 403, 422, 404, 403, 403, 403},
                {"GET", s + "/reports/" + report, null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"GET", s + "/reports/" + report + "/versions", null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"GET", s + "/reports/" + report + "/history", null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"GET", s + "/reports/" + report + "/attachments", null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"PUT", s + "/reports/" + report, "{\"version\":99,\"sections\":{}}", 401, 403, 403, 409, 404, 403, 403, 403},
                {"POST", s + "/reports/" + report + "/submit", "{\"version\":99}", 401, 403, 403, 409, 404, 403, 403, 403},
                {"POST", s + "/reports/" + report + "/accept", "{\"version\":99}", 401, 409, 403, 403, 403, 403, 403, 403},
                {"POST", s + "/reports/" + report + "/return", "{\"version\":99,\"comment\":\"c\"}", 401, 409, 403, 403, 403, 403, 403, 403},
                {"GET", s + "/results/" + result, null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"GET", s + "/results/" + result + "/evidence", null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"GET", s + "/results", null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"GET", s + "/results/summary", null, 401, 200, 200, 200, 404, 200, 404, 403},
                {"POST", s + "/results", "{\"title\":\"t\",\"type\":\"OTHER\",\"participants\":[],\"achievedOn\":\"2000-01-01\"}",
                        401, 403, 403, 422, 404, 403, 403, 403},
                {"GET", "/api/v1/studios/obligations", null, 401, 200, 200, 403, 403, 403, 403, 403},
                {"GET", "/api/v1/studios/export.csv", null, 401, 200, 200, 403, 403, 403, 403, 403},
                {"GET", "/api/v1/studios/compliance", null, 401, 200, 200, 403, 403, 403, 403, 403},
                {"GET", "/api/v1/public/studios", null, 200, 200, 200, 200, 200, 200, 200, 200},
                {"GET", "/api/v1/public/studios/" + studio, null, 200, 200, 200, 200, 200, 200, 200, 200},
                {"GET", "/api/v1/public/notices", null, 200, 200, 200, 200, 200, 200, 200, 200},
        };
        List<String> names = new ArrayList<>(callers.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] row : table) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                String method = (String) row[0];
                String path = (String) row[1];
                String body = (String) row[2];
                int expected = (Integer) row[3 + i];
                tests.add(DynamicTest.dynamicTest(method + " " + path.replace(studio, "{studio}").replace(report, "{report}").replace(result, "{result}") + " as " + name
                        + " → " + expected, () -> {
                    var request = given().contentType("application/json");
                    if (callers.get(name) != null) {
                        request.header("Authorization", callers.get(name));
                    }
                    if (body != null) {
                        request.body(body);
                    }
                    request.request(method, path).then().statusCode(expected);
                }));
            }
        }
        return tests;
    }
}
