package cn.studio.platform.print;

/** A column of {@link PdfGrid#table}: its header, its share of the table's width, how its values are aligned. */
public record Column(String header, float share, Align align) {
    public static Column of(String header, float share) {
        return new Column(header, share, Align.LEFT);
    }

    public Column align(Align to) {
        return new Column(header, share, to);
    }
}
