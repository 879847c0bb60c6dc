package cn.studio.review.decision;

import cn.studio.platform.print.Align;
import cn.studio.platform.print.Column;
import cn.studio.platform.print.PdfGrid;

import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** 市级职工创新工作室推荐名单 as a printable A4 list (platform-print), for 区总工会 and 区科委 to sign and send on. */
final class CityRecommendationPdf {
    static final String LIST_NAME = "市级职工创新工作室推荐名单";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final List<Column> COLUMNS = List.of(
            Column.of("序号", .07f).align(Align.CENTER), Column.of("工作室名称", .2f), Column.of("领军人", .1f),
            Column.of("所在单位", .17f), Column.of("推荐单位", .15f), Column.of("创新工作领域", .15f),
            Column.of("区级经费支持（万元）", .16f).align(Align.RIGHT));

    /** The document and the name to save it under. */
    record Printed(byte[] pdf, String fileName) {
    }

    private CityRecommendationPdf() {
    }

    static Printed print(CityRecommendation.Listing listing) {
        String title = (listing.campaignTitle().isBlank() ? "" : listing.campaignTitle() + " ") + LIST_NAME;
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (CityRecommendation.Studio s : listing.studios()) {
            rows.add(List.of(String.valueOf(++n), s.namedTitle(), text(s.leaderName()), text(s.unit()), text(s.recommender()),
                    s.fields(), s.fundingWanYuan().setScale(2, RoundingMode.HALF_UP).toPlainString()));
        }
        byte[] pdf = PdfGrid.print(title, listing.campaignTitle(), 10, g -> {
            g.title(title, 16);
            g.field("推荐单位", "区总工会、区科委");
            g.line("");
            g.table(COLUMNS, rows);
            g.line("");
            g.field("决定日期", listing.decidedAt() == null ? "" : DATE.format(listing.decidedAt().atZone(BEIJING)));
        });
        return new Printed(pdf, (listing.campaignTitle().isBlank() ? "" : listing.campaignTitle()) + LIST_NAME + ".pdf");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
