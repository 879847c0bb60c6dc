package cn.studio.review.decision;

import cn.studio.review.World;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.COMMISSION;
import static cn.studio.review.World.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CityRecommendationPdfTest {
    World w;
    UUID a;
    UUID b;
    String reviewerToken;

    /** Two scored cases, a decision proposing both, only 王五's recommended to the city; returns the decision's id. */
    String proposed() {
        w = new World().campaign(2);
        a = w.screenedCase("王五", "TECHNOLOGY");
        b = w.screenedCase("赵六", "MANAGEMENT");
        String r = w.reviewer("expert-a");
        reviewerToken = w.token(r);
        w.round(1, 5);
        w.assign(a, r);
        w.assign(b, r);
        w.score(reviewerToken, a, 0.9);
        w.score(reviewerToken, b, 0.8);
        as(ADMIN).body(Map.of("entries", List.of(
                        Map.of("applicationId", a, "fundingWanYuan", 5, "cityRecommended", true),
                        Map.of("applicationId", b, "fundingWanYuan", 3.5, "cityRecommended", false))))
                .post("/api/v1/reviews/rounds/" + w.roundId + "/decision").then().statusCode(200);
        return as(COMMISSION).get("/api/v1/reviews/rounds/" + w.roundId + "/decision").then().statusCode(200)
                .extract().path("id");
    }

    String pdf(String id) {
        return "/api/v1/reviews/decisions/" + id + "/city-recommendation.pdf";
    }

    @Test
    void theApprovedRecommendationPrintsAsAChinesePdf() throws Exception {
        String id = proposed();
        as(COMMISSION).body(Map.of("version", 0)).post("/api/v1/reviews/decisions/" + id + "/approve").then().statusCode(200);
        byte[] bytes = as(ADMIN).get(pdf(id)).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename=\"city-recommendation-" + id + ".pdf\""))
                .header("Content-Disposition", containsString(URLEncoder.encode("市级职工创新工作室推荐名单.pdf", StandardCharsets.UTF_8)))
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("市级职工创新工作室推荐名单", "推荐单位：区总工会、区科委", "王五职工创新工作室", "创新工作领域",
                    "区级经费支持", "（万元）", "技术创新", "5.00", "决定日期：")) {
                assertTrue(text.contains(expected), "the PDF shows " + expected + ":\n" + text);
            }
            assertFalse(text.contains("赵六职工创新工作室"), "only the city-recommended studio");
            assertTrue(text.matches("(?s).*决定日期：\\d{4}年\\d{1,2}月\\d{1,2}日.*"), text);
        }
    }

    @Test
    void theDecisionDateIsBeijingsCalendarDay() throws Exception {
        var listing = new CityRecommendation.Listing("2026年度创建活动", java.time.Instant.parse("2026-12-24T16:30:00Z"),
                List.of(new CityRecommendation.Studio("王五职工创新工作室", "王五", "某公司", "某工会", "技术创新", new java.math.BigDecimal("5.5"))));
        CityRecommendationPdf.Printed printed = CityRecommendationPdf.print(listing);
        try (PDDocument doc = Loader.loadPDF(printed.pdf())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("2026年度创建活动 市级职工创新工作室推荐名单"), text);
            assertTrue(text.contains("决定日期：2026年12月25日"), text);
            assertTrue(text.contains("5.50"), text);
        }
        org.junit.jupiter.api.Assertions.assertEquals("2026年度创建活动市级职工创新工作室推荐名单.pdf", printed.fileName());
    }

    @Test
    void beforeApprovalThereIsNoListToPrint() {
        String id = proposed();
        as(ADMIN).get(pdf(id)).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("DECISION_NOT_FINAL"));
    }

    @Test
    void aReviewerMayNotPrintIt() {
        String id = proposed();
        as(reviewerToken).get(pdf(id)).then().statusCode(403);
    }
}
