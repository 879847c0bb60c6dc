package cn.studio.review.ranking.engine;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The ranking as an XLSX workbook (fastexcel): sheet 排名 with Chinese headers, sheet 计分方法 saying how it was scored. */
public final class RankingWorkbook {
    /** The headers of sheet 排名, in column order. */
    public static final List<String> HEADERS = List.of("排名", "工作室", "单位", "得分", "平均分", "分差", "评分数", "分歧",
            "实地考察", "说明");

    private RankingWorkbook() {
    }

    /**
     * @param ranking the ranking, in its order
     * @param labels  case id → {studio name, unit name}; a case without labels shows its id as the studio
     * @param method  the method the ranking used, explained on the second sheet
     */
    public static byte[] write(List<RankedCase> ranking, Map<UUID, String[]> labels, Method method) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "studio-suite", "1.0");
            Worksheet sheet = workbook.newWorksheet("排名");
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
            }
            int row = 1;
            for (RankedCase rc : ranking) {
                String[] label = labels == null ? null : labels.get(rc.caseId());
                if (rc.rank() > 0) {
                    sheet.value(row, 0, rc.rank());
                }
                sheet.value(row, 1, label != null && label.length > 0 && label[0] != null ? label[0] : rc.caseId().toString());
                if (label != null && label.length > 1 && label[1] != null) {
                    sheet.value(row, 2, label[1]);
                }
                if (rc.scores() > 0) {
                    decimal(sheet, row, 3, rc.score());
                    decimal(sheet, row, 4, rc.mean());
                    decimal(sheet, row, 5, rc.spread());
                }
                sheet.value(row, 6, rc.scores());
                if (rc.disagreement()) {
                    sheet.value(row, 7, "是");
                }
                if (rc.verdict() != null) {
                    sheet.value(row, 8, rc.verdict().label);
                }
                String note = note(rc);
                if (!note.isEmpty()) {
                    sheet.value(row, 9, note);
                }
                row++;
            }
            sheet.width(1, 30);
            sheet.width(2, 30);
            sheet.width(9, 40);
            sheet.freezePane(0, 1);

            Worksheet about = workbook.newWorksheet("计分方法");
            about.value(0, 0, "计分方法");
            about.value(0, 1, method.label);
            about.value(1, 0, "说明");
            about.value(1, 1, method.explanation);
            about.value(2, 0, "排名规则");
            about.value(2, 1, "得分相同者名次并列（如 1、2、2、4）；实地考察不通过者不参与排名，列于其后；暂无评分者列于最后。");
            about.width(0, 12);
            about.width(1, 100);
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void decimal(Worksheet sheet, int row, int column, double value) {
        sheet.value(row, column, value);
        sheet.style(row, column).format("0.00").set();
    }

    static String note(RankedCase rc) {
        List<String> notes = new ArrayList<>();
        if (rc.tied()) {
            notes.add("并列第" + rc.rank() + "名");
        }
        if (rc.excluded()) {
            notes.add("实地考察不通过，不参与排名");
        }
        if (rc.scores() == 0) {
            notes.add("暂无评分");
        }
        if (rc.disagreement()) {
            notes.add("评审意见分歧较大，建议复核");
        }
        if (rc.verdict() == Verdict.CONCERNS) {
            notes.add("实地考察存在问题");
        }
        return String.join("；", notes);
    }
}
