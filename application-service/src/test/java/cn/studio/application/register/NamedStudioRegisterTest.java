package cn.studio.application.register;

import cn.studio.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.studio.application.Fixtures.ADMIN;
import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class NamedStudioRegisterTest {

    private static io.restassured.response.ValidatableResponse importCsv(String bearer, String csv) {
        return given().header("Authorization", bearer).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/named-studios/import").then();
    }

    @Test
    void aLeaderInTheRegisterMayNotApplyAgain() {
        importCsv(ADMIN, "领军人,所在单位,工作室名称,级别,命名年度\n许 名人,区精密机械有限公司,许名人职工创新工作室,区级,2015\n")
                .statusCode(200).body("imported", equalTo(1));
        String app = Fixtures.readyDraft(APPLICANT1, Fixtures.openCampaign(), "许名人");
        as(APPLICANT1).post("/api/v1/applications/" + app + "/submit").then().statusCode(422)
                .body("errors.code", hasItem("ALREADY_NAMED_REGISTER"));
    }

    @Test
    void theFormsOwnAnswerCountsToo() {
        String app = Fixtures.readyDraft(APPLICANT1, Fixtures.openCampaign(), "曾获名");
        Map<String, Object> form = Fixtures.completeForm("曾获名", 3);
        @SuppressWarnings("unchecked") Map<String, Object> leader = (Map<String, Object>) form.get("leader");
        leader.put("previouslyNamedDistrictStudio", true);
        as(APPLICANT1).body(form).put("/api/v1/applications/" + app + "/form").then().statusCode(200);
        as(APPLICANT1).post("/api/v1/applications/" + app + "/submit").then().statusCode(422)
                .body("errors.code", hasItem("ALREADY_NAMED_DECLARED"));
    }

    @Test
    void badRowsAreAllReportedAndNothingIsImported() {
        importCsv(ADMIN, "领军人,所在单位,级别,命名年度\n,某单位,区级,2015\n甲,乙,乡级,二〇一五\n")
                .statusCode(422).body("errors.code", hasItem("REQUIRED")).body("errors.code", hasItem("LEVEL_INVALID"))
                .body("errors.code", hasItem("YEAR_INVALID"));
        importCsv(ADMIN, "name,unit\nx,y\n").statusCode(400).body("code", equalTo("CSV_HEADER_MISSING"));
    }

    @Test
    void onlyUnionAdminImports() {
        importCsv(APPLICANT1, "领军人,所在单位,级别\n甲,乙,区级\n").statusCode(403);
    }

    @Test
    void importingTwiceAddsNothing() {
        String csv = "领军人,所在单位,级别\n重复,重复单位,市级\n";
        importCsv(ADMIN, csv).statusCode(200).body("imported", equalTo(1));
        importCsv(ADMIN, csv).statusCode(200).body("imported", equalTo(0)).body("alreadyKnown", equalTo(1));
    }
}
