package cn.studio.platform.print;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreaksTest {
    /** Every character one unit wide: a line of width n holds n characters. */
    private static List<String> wrap(String text, float width) throws IOException {
        return LineBreaks.wrap(text, width, s -> s.codePointCount(0, s.length()));
    }

    @Test
    void chineseBreaksBetweenAnyTwoIdeographs() throws IOException {
        assertEquals(List.of("王五职工", "创新工作", "室"), wrap("王五职工创新工作室", 4));
    }

    @Test
    void aLatinWordOrANumberIsNeverCut() throws IOException {
        List<String> lines = wrap("合计金额 1234.56 万元 Innovation", 11);
        assertTrue(lines.contains("Innovation"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("1234.56")), lines.toString());
    }

    @Test
    void noLineStartsWithAClosingBracketOrPunctuation() throws IOException {
        for (int width = 3; width <= 12; width++) {
            for (String line : wrap("技术创新（含工艺改进），管理创新、文化创新。「品牌」战略", width)) {
                assertFalse(line.startsWith("）") || line.startsWith("，") || line.startsWith("、")
                        || line.startsWith("。") || line.startsWith("」"), width + ": " + line);
                assertFalse(line.endsWith("（") || line.endsWith("「"), width + ": " + line);
            }
        }
    }

    @Test
    void onlyAWordWiderThanTheLineIsCut() throws IOException {
        assertEquals(List.of("abcd", "efgh", "ij"), wrap("abcdefghij", 4));
    }

    @Test
    void paragraphsAndEmptyLinesAreKept() throws IOException {
        assertEquals(List.of("甲", "", "乙"), wrap("甲\n\n乙", 10));
        assertEquals(List.of(""), wrap("", 10));
    }
}
