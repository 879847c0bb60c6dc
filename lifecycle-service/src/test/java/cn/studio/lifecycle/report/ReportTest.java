package cn.studio.lifecycle.report;

import cn.studio.lifecycle.Outboxed;
import cn.studio.lifecycle.World;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.studio.lifecycle.World.ADMIN;
import static cn.studio.lifecycle.World.as;
import static cn.studio.lifecycle.World.body;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plans and summaries: draft, submit as versions, returned with comments, revised, accepted; the obligation follows. */
@QuarkusTest
class ReportTest {
    static final Map<String, String> QUARTER = Map.of("work", "完成数控刀具改进攻关", "results", "技术革新2项", "next", "推进成果转化");

    World w;
    String studio;
    String token;

    void studio() {
        w = new World().named("报告甲", "报告乙");
        studio = w.studioId(0);
        token = w.studioToken(0);
    }

    String reports() {
        return "/api/v1/studios/" + studio + "/reports";
    }

    String quarterly(int quarter) {
        return as(token).body(body("kind", "QUARTERLY_SUMMARY", "year", 2026, "quarter", quarter)).post(reports())
                .then().statusCode(201).body("state", equalTo("DRAFT")).body("version", equalTo(0)).extract().path("id");
    }

    @Test
    void aStudioUserDraftsAndSubmitsAQuarterlySummaryAndTheObligationIsMet() {
        studio();
        String id = quarterly(1);
        as(token).body(body("version", 0, "sections", QUARTER)).put(reports() + "/" + id).then().statusCode(200)
                .body("sections.work", equalTo("完成数控刀具改进攻关")).body("version", equalTo(1))
                .body("sectionTitles.next", equalTo("下季度工作安排")).body("dueDate", equalTo("2026-04-15"));
        as(token).body(body("version", 1)).post(reports() + "/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("submissions", equalTo(1));
        as(ADMIN).queryParam("year", 2026).get("/api/v1/studios/" + studio + "/obligations").then()
                .body("find { it.quarter == 1 }.state", equalTo("SUBMITTED")).body("find { it.quarter == 1 }.overdue", equalTo(false));
        JsonNode submitted = Outboxed.about(studio).get(1);
        assertEquals("studio.report.submitted", submitted.get("type").asText());
        assertEquals("QUARTERLY_SUMMARY", submitted.at("/data/kind").asText());
        assertEquals(1, submitted.at("/data/quarter").asInt());
    }

    @Test
    void aSubmissionNamesEverySectionLeftEmpty() {
        studio();
        String id = quarterly(2);
        as(token).body(body("version", 0, "sections", Map.of("work", "做了工作"))).put(reports() + "/" + id).then().statusCode(200);
        as(token).body(body("version", 1)).post(reports() + "/" + id + "/submit").then().statusCode(422)
                .body("errors.field", equalTo(List.of("sections.results", "sections.next")))
                .body("errors.code", hasItem("SECTION_REQUIRED"));
        as(token).body(body("version", 1, "sections", Map.of("budget", "x"))).put(reports() + "/" + id).then().statusCode(422)
                .body("errors[0].code", equalTo("UNKNOWN_SECTION"));
    }

    @Test
    void aReturnedReportIsRevisedResubmittedAndAcceptedWithItsWholeHistory() {
        studio();
        String id = quarterly(1);
        String r = reports() + "/" + id;
        as(token).body(body("version", 0, "sections", QUARTER)).put(r).then().statusCode(200);
        as(token).body(body("version", 1)).post(r + "/submit").then().statusCode(200);
        as(ADMIN).body(body("version", 2)).post(r + "/return").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as(ADMIN).body(body("version", 2, "comment", "请补充成果转化情况")).post(r + "/return").then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("lastComment", equalTo("请补充成果转化情况"));
        as(ADMIN).queryParam("year", 2026).get("/api/v1/studios/" + studio + "/obligations").then()
                .body("find { it.quarter == 1 }.state", equalTo("RETURNED"));
        Map<String, String> revised = Map.of("work", "完成数控刀具改进攻关", "results", "技术革新2项，已在车间推广", "next", "推进成果转化");
        as(token).body(body("version", 3, "sections", revised)).put(r).then().statusCode(200);
        as(token).body(body("version", 4)).post(r + "/submit").then().statusCode(200).body("submissions", equalTo(2));
        as(ADMIN).body(body("version", 5, "comment", null)).post(r + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("lastComment", nullValue());

        as(w.studioToken(0)).get(r + "/versions").then().statusCode(200).body("", hasSize(2))
                .body("[0].decision", equalTo("RETURNED")).body("[0].comment", equalTo("请补充成果转化情况"))
                .body("[0].sections.results", equalTo("技术革新2项")).body("[1].sections.results", equalTo("技术革新2项，已在车间推广"))
                .body("[1].decision", equalTo("ACCEPTED")).body("[1].decidedBy", equalTo("admin1"));
        as(ADMIN).get(r + "/history").then().body("action",
                equalTo(List.of("CREATED", "SAVED", "SUBMITTED", "RETURNED", "SAVED", "SUBMITTED", "ACCEPTED")));
        as(ADMIN).queryParam("year", 2026).get("/api/v1/studios/" + studio + "/obligations").then()
                .body("find { it.quarter == 1 }.state", equalTo("ACCEPTED"));
        assertEquals(List.of("studio.named", "studio.report.submitted", "studio.report.returned", "studio.report.submitted",
                "studio.report.accepted"), Outboxed.types(studio));
        assertEquals("请补充成果转化情况", Outboxed.about(studio).get(2).at("/data/comment").asText());
    }

    @Test
    void aSubmittedReportIsNotEditedAndAStaleVersionIsRefused() {
        studio();
        String id = quarterly(3);
        String r = reports() + "/" + id;
        as(token).body(body("version", 0, "sections", QUARTER)).put(r).then().statusCode(200);
        as(token).body(body("version", 0, "sections", QUARTER)).put(r).then().statusCode(409).body("code", equalTo("STALE_VERSION"));
        as(token).body(body("version", 1)).post(r + "/submit").then().statusCode(200);
        as(token).body(body("version", 2, "sections", QUARTER)).put(r).then().statusCode(409).body("code", equalTo("REPORT_NOT_EDITABLE"));
        as(ADMIN).body(body("version", 2)).post(r + "/accept").then().statusCode(200);
        as(ADMIN).body(body("version", 3, "comment", "再看看")).post(r + "/return").then().statusCode(409)
                .body("code", equalTo("REPORT_NOT_SUBMITTED"));
    }

    @Test
    void aReportIsCreatedOncePerPeriodAndOnlyForWhatTheStudioOwes() {
        studio();
        quarterly(4);
        as(token).body(body("kind", "QUARTERLY_SUMMARY", "year", 2026, "quarter", 4)).post(reports()).then().statusCode(409)
                .body("code", equalTo("REPORT_EXISTS"));
        // named on 10 March 2026: the 2026 plan (due 31 January) is not owed
        as(token).body(body("kind", "ANNUAL_PLAN", "year", 2026)).post(reports()).then().statusCode(409)
                .body("code", equalTo("REPORT_NOT_OWED"));
        as(token).body(body("kind", "QUARTERLY_SUMMARY", "year", 2026)).post(reports()).then().statusCode(422)
                .body("errors.code", hasItem("QUARTER_REQUIRED"));
        as(token).body(body("kind", "ANNUAL_SUMMARY", "year", 2026, "quarter", 1)).post(reports()).then().statusCode(422)
                .body("errors.code", hasItem("QUARTER_NOT_ALLOWED"));
        as(token).body(body("kind", "QUARTERLY_SUMMARY", "year", 2099, "quarter", 1)).post(reports()).then().statusCode(409)
                .body("code", equalTo("REPORT_PERIOD_NOT_STARTED"));
        as(token).get(reports()).then().body("kind", hasItems("QUARTERLY_SUMMARY")).body("", hasSize(1));
    }

    @Test
    void onlyTheUnitsStudioUserFilesAndOthersSeeNothingOfAnotherUnit() {
        studio();
        String id = quarterly(1);
        as(w.studioToken(1)).get(reports() + "/" + id).then().statusCode(404);
        as(w.studioToken(1)).body(body("kind", "QUARTERLY_SUMMARY", "year", 2026, "quarter", 2)).post(reports()).then().statusCode(404);
        as(ADMIN).body(body("kind", "QUARTERLY_SUMMARY", "year", 2026, "quarter", 2)).post(reports()).then().statusCode(403);
        as(World.COMMISSION).get(reports() + "/" + id).then().statusCode(200);
    }
}
