package cn.studio.review.decision;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** 市级职工创新工作室推荐表: the named studios flagged for the city federation, as XLSX. */
final class CityRecommendationWorkbook {
    private static final String[] HEADERS = {"序号", "工作室名称", "领军人", "所在单位", "推荐单位", "创新工作领域", "区级经费支持（万元）"};

    record Row(String namedTitle, String leaderName, String unit, String recommender, String fields, double funding) {
    }

    private CityRecommendationWorkbook() {
    }

    static byte[] write(String campaignTitle, List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "studio-review", "1.0");
            Worksheet ws = wb.newWorksheet("市级推荐");
            ws.value(0, 0, campaignTitle + " — 推荐市级职工创新工作室名单");
            ws.style(0, 0).bold().set();
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(2, c, HEADERS[c]);
                ws.style(2, c).bold().fillColor("DDEBF7").set();
            }
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                int row = 3 + i;
                ws.value(row, 0, i + 1);
                ws.value(row, 1, r.namedTitle());
                ws.value(row, 2, r.leaderName());
                ws.value(row, 3, r.unit());
                ws.value(row, 4, r.recommender());
                ws.value(row, 5, r.fields());
                ws.value(row, 6, r.funding());
                ws.style(row, 6).format("0.00").set();
            }
            ws.width(1, 30);
            ws.width(3, 30);
            ws.width(4, 24);
            ws.width(5, 24);
            ws.width(6, 18);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
