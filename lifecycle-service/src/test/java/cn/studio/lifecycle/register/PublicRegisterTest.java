package cn.studio.lifecycle.register;

import cn.studio.lifecycle.World;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The register anyone reads without logging in: paged, filtered, and nothing private in it. */
@QuarkusTest
class PublicRegisterTest {
    @Test
    void theRegisterIsPagedAndFilteredByYearStateAndText() {
        World w = new World().named("甲", "乙", "丙");
        given().queryParam("q", w.tag).queryParam("size", 2).get("/api/v1/public/studios").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2)).body("page", equalTo(0)).body("size", equalTo(2));
        given().queryParam("q", w.tag).queryParam("size", 2).queryParam("page", 1).get("/api/v1/public/studios").then()
                .body("items", hasSize(1));
        given().queryParam("q", w.tag).queryParam("year", 2025).get("/api/v1/public/studios").then().body("total", equalTo(0));
        given().queryParam("q", w.tag).queryParam("year", 2026).queryParam("state", "LISTED").get("/api/v1/public/studios")
                .then().body("total", equalTo(3));
        given().queryParam("q", w.tag).queryParam("state", "DELISTED").get("/api/v1/public/studios").then().body("total", equalTo(0));
        given().queryParam("q", "乙职工").queryParam("year", 2026).get("/api/v1/public/studios").then()
                .body("items.leaderName", hasItem("乙"));
    }

    @Test
    void aStudioOfTheRegisterShowsLeaderUnitAreasYearStateAndResultsButNoContacts() {
        World w = new World().named("丁");
        String id = w.studioId(0);
        given().get("/api/v1/public/studios/" + id).then().statusCode(200)
                .body("leaderName", equalTo("丁")).body("unitName", equalTo("单位" + w.unit(0)))
                .body("innovationFields", equalTo(List.of("TECHNOLOGY"))).body("namedYear", equalTo(2026))
                .body("state", equalTo("LISTED")).body("stateLabel", equalTo("在册")).body("resultsCount", equalTo(0))
                .body("$", not(hasKey("contactPhone"))).body("$", not(hasKey("fundingWanYuan")))
                .body("$", not(hasKey("warningReason")));
    }

    @Test
    void aWarnedStudioIsStillListedInPublic() {
        World w = new World().named("戊");
        String id = w.studioId(0);
        World.as(World.ADMIN).body(World.body("version", 0, "reason", "未报送", "deadline", "2099-01-01"))
                .post("/api/v1/studios/" + id + "/warning").then().statusCode(200);
        given().get("/api/v1/public/studios/" + id).then().body("state", equalTo("LISTED"));
    }

    @Test
    void pagingBeyondItsLimitsIsAProblem() {
        given().queryParam("size", 101).get("/api/v1/public/studios").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        given().queryParam("page", -1).get("/api/v1/public/notices").then().statusCode(400);
        given().queryParam("state", "WARNED").get("/api/v1/public/studios").then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                .contentType("application/problem+json");
        given().get("/api/v1/public/studios/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().get("/api/v1/public/notices/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void noticesArePagedNewestFirst() {
        given().queryParam("size", 100).get("/api/v1/public/notices").then().statusCode(200).body("size", equalTo(100));
    }
}
