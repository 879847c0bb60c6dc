package cn.studio.platform.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfGridTest {
    private static final List<Column> COLUMNS = List.of(Column.of("序号", .1f).align(Align.CENTER),
            Column.of("工作室名称", .5f), Column.of("经费（万元）", .4f).align(Align.RIGHT));

    @Test
    void chineseTextReadsBackFromTheEmbeddedSubset() throws IOException {
        byte[] pdf = PdfGrid.print("测试文档", "主题", 10, g -> {
            g.title("二〇二六年度职工创新工作室推荐名单", 16);
            g.field("推荐单位", "区总工会、区科委");
            g.line("说明：名单按得分排序。");
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("二〇二六年度职工创新工作室推荐名单"), text);
            assertTrue(text.contains("推荐单位：区总工会、区科委"), text);
            assertEquals("测试文档", doc.getDocumentInformation().getTitle());
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded() && font.getName().contains("+"), "an embedded subset: " + font.getName());
            assertTrue(pdf.length < 200_000, "a subset, not the whole 10 MB font: " + pdf.length);
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndNumbersThem() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.valueOf(i), "工作室" + i, "5.00"));
        }
        byte[] pdf = PdfGrid.print("长表", "", 10, g -> g.table(COLUMNS, rows));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "120 rows need several pages");
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(p);
                page.setEndPage(p);
                String text = page.getText(doc);
                assertTrue(text.contains("工作室名称"), "page " + p + " has the header");
                assertTrue(text.contains("第 " + p + " 页 共 " + pages + " 页"), "page " + p + " is numbered");
            }
            assertTrue(new PDFTextStripper().getText(doc).contains("工作室120"));
        }
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNext() throws IOException {
        String essay = "创新成果及转化情况。".repeat(600) + "结尾";
        byte[] pdf = PdfGrid.print("长文", "", 10, g -> g.row(Cell.label("主要工作业绩", .2f), Cell.value(essay, .8f)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2);
            assertTrue(new PDFTextStripper().getText(doc).contains("结尾"));
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAMarkInsteadOfFailing() throws IOException {
        byte[] pdf = PdfGrid.print("缺字", "", 10, g -> g.line("表情\uD83D\uDE00与\u0007控制符"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("表情〓与控制符"));
        }
    }
}
