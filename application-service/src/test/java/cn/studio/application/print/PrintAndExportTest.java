package cn.studio.application.print;

import cn.studio.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.studio.application.Fixtures.ADMIN;
import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PrintAndExportTest {

    @Test
    void printableFormReadsBackWithTheLeaderAndChineseLabels() throws Exception {
        String app = Fixtures.createDraft(APPLICANT1, Fixtures.openCampaign(), Fixtures.completeForm("欧阳明", 40));
        byte[] pdf = as(APPLICANT1).accept("application/pdf").get("/api/v1/applications/" + app + "/form")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "printable-form-sample.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(doc.getNumberOfPages() >= 2, "40 participants flow onto a second page");
            for (String expected : List.of("职工创新工作室申报表", "欧阳明", "欧阳明职工创新工作室", "领军人姓名", "工作室参与人情况",
                    "成员39", "所在单位意见", "推荐单位意见", "（盖章）", "一式两份", "区工业系统工会", "合计 50.00")) {
                assertTrue(text.contains(expected), "the PDF shows " + expected);
            }
        }
    }

    @Test
    void exportIsAnXlsxWithChineseHeaders() throws Exception {
        String campaign = Fixtures.openCampaign();
        Fixtures.createDraft(APPLICANT1, campaign, Fixtures.completeForm("导出甲", 3));
        Fixtures.createDraft(Fixtures.APPLICANT2, campaign, Map.of("leader", Map.of("name", "导出乙")));
        byte[] xlsx = as(ADMIN).get("/api/v1/applications/export?format=xlsx&campaignId=" + campaign)
                .then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals("申报编号", rows.get(0).getCellText(0));
            assertEquals("工作室名称", rows.get(0).getCellText(5));
            assertTrue(rows.stream().anyMatch(r -> r.getCellText(5).equals("导出甲职工创新工作室")));
            assertTrue(rows.stream().anyMatch(r -> r.getCellText(6).equals("导出乙")));
        }
    }

    @Test
    void exportAsCsvOpensInExcel() {
        String campaign = Fixtures.openCampaign();
        Fixtures.createDraft(APPLICANT1, campaign, Fixtures.completeForm("逗号,引号\"", 3));
        byte[] csv = as(ADMIN).get("/api/v1/applications/export?format=csv&campaignId=" + campaign)
                .then().statusCode(200).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0], "UTF-8 BOM so Excel reads Chinese");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("申报编号,活动,状态"));
        assertTrue(text.contains("\"逗号,引号\"\"\""), text);
    }

    @Test
    void onlyUnionAdminExportsAndUnknownFormatsAreRefused() {
        as(APPLICANT1).get("/api/v1/applications/export").then().statusCode(403);
        as(ADMIN).get("/api/v1/applications/export?format=pdf").then().statusCode(400);
    }
}
