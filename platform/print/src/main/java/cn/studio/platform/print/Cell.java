package cn.studio.platform.print;

/**
 * A cell of a ruled row: its text (line breaks kept), its share of the table's width, the lines it reserves however
 * short its text (spaces for opinions and seals), whether it is a label (shaded) and how its lines are aligned.
 */
public record Cell(String text, float share, int minLines, boolean label, Align align) {
    public static Cell label(String text, float share) {
        return new Cell(text, share, 1, true, Align.LEFT);
    }

    public static Cell value(String text, float share) {
        return new Cell(text, share, 1, false, Align.LEFT);
    }

    public static Cell tall(String text, float share, int minLines) {
        return new Cell(text, share, minLines, false, Align.LEFT);
    }

    public Cell align(Align to) {
        return new Cell(text, share, minLines, label, to);
    }
}
