package cn.studio.review.ranking.engine;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingWorkbookTest {
    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);
    private static final UUID C = new UUID(0, 3);
    private static final UUID D = new UUID(0, 4);
    private static final UUID E = new UUID(0, 5);

    private static final List<RankedCase> RANKING = List.of(
            new RankedCase(1, A, 88.456, 88.456, 25, 3, true, true, Verdict.PASS, false),
            new RankedCase(1, B, 88.456, 88.0, 4, 3, false, true, Verdict.CONCERNS, false),
            new RankedCase(3, C, 70, 70, 0, 1, false, false, null, false),
            new RankedCase(0, D, 95, 95, 2, 3, false, false, Verdict.FAIL, true),
            new RankedCase(0, E, 0, 0, 0, 0, false, false, null, false));

    private static final Map<UUID, String[]> LABELS = Map.of(
            A, new String[]{"张三职工创新工作室", "区第一机械厂"},
            B, new String[]{"李四职工创新工作室", "区自来水公司"},
            C, new String[]{"王五职工创新工作室", null},
            D, new String[]{"赵六职工创新工作室", "区电力公司"});

    private static List<Row> rows(byte[] xlsx, int sheet) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheets().toList().get(sheet);
            return s.read();
        }
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, RankingWorkbook.HEADERS.size()).mapToObj(row::getCellText).toList();
    }

    @Test
    void theFirstSheetHasTheChineseHeadersAndOneRowPerCase() throws IOException {
        List<Row> rows = rows(RankingWorkbook.write(RANKING, LABELS, Method.MEAN), 0);

        assertEquals(List.of("排名", "工作室", "单位", "得分", "平均分", "分差", "评分数", "分歧", "实地考察", "说明"), texts(rows.get(0)));
        assertEquals(6, rows.size());
        assertEquals(List.of("1", "张三职工创新工作室", "区第一机械厂"), texts(rows.get(1)).subList(0, 3));
        assertEquals(new BigDecimal("88.456"), rows.get(1).getCellAsNumber(3).orElseThrow());
        assertEquals("3", rows.get(1).getCellText(6));
        assertEquals("是", rows.get(1).getCellText(7));
        assertEquals("通过", rows.get(1).getCellText(8));
        assertEquals("并列第1名；评审意见分歧较大，建议复核", rows.get(1).getCellText(9));
        assertEquals("存在问题", rows.get(2).getCellText(8));
        assertTrue(rows.get(2).getCellText(9).contains("实地考察存在问题"));
    }

    @Test
    void excludedAndUnscoredCasesHaveNoRankAndSayWhy() throws IOException {
        List<Row> rows = rows(RankingWorkbook.write(RANKING, LABELS, Method.MEAN), 0);

        List<String> failed = texts(rows.get(4));
        assertEquals("", failed.get(0));
        assertEquals("不通过", failed.get(8));
        assertEquals("实地考察不通过，不参与排名", failed.get(9));

        List<String> unscored = texts(rows.get(5));
        assertEquals("", unscored.get(0));
        assertEquals(E.toString(), unscored.get(1));
        assertEquals("", unscored.get(3));
        assertEquals("0", unscored.get(6));
        assertEquals("暂无评分", unscored.get(9));
    }

    @Test
    void theSecondSheetNamesTheMethod() throws IOException {
        List<Row> rows = rows(RankingWorkbook.write(RANKING, LABELS, Method.Z_SCORE), 1);

        assertEquals("计分方法", rows.get(0).getCellText(0));
        assertEquals(Method.Z_SCORE.label, rows.get(0).getCellText(1));
        assertEquals(Method.Z_SCORE.explanation, rows.get(1).getCellText(1));
    }

    @Test
    void anEmptyRankingStillHasItsHeaders() throws IOException {
        List<Row> rows = rows(RankingWorkbook.write(List.of(), null, Method.TRIMMED_MEAN), 0);

        assertEquals(1, rows.size());
        assertEquals("排名", rows.get(0).getCellText(0));
    }
}
