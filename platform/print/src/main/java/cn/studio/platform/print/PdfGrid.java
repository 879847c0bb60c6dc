package cn.studio.platform.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Printable A4 pages the way Chinese administrative documents are drawn: a centred title, "key：value" lines,
 * paragraphs and ruled tables that flow over pages. Text wraps as Chinese is typeset ({@link LineBreaks}); a table's
 * header row is repeated on each page it continues on; a row taller than what is left of a page moves to the next
 * one, and one taller than a page continues there; characters the font lacks print as 〓 rather than failing. A
 * document of several pages is numbered "第 n 页 共 m 页".
 */
public final class PdfGrid implements AutoCloseable {
    private static final float MARGIN = 50;
    private static final float PADDING = 4;
    private static final float LABEL_SHADE = 0.92f;
    private static final String MISSING_GLYPH = "〓";

    private final PDDocument doc;
    private final PDFont font;
    private final float size;
    private final float leading;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream out;
    private float y;
    private float pageTop;
    private Cell[] header;

    /** What a document draws on its grid. */
    @FunctionalInterface
    public interface Layout {
        void draw(PdfGrid grid) throws IOException;
    }

    /**
     * A whole document: A4, Noto Sans SC embedded as a subset, {@code fontSize} for body text, the title and subject
     * in its properties, pages numbered when there are several. Failures to lay out are unchecked (nothing to retry).
     */
    public static byte[] print(String title, String subject, float fontSize, Layout layout) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            doc.getDocumentCatalog().setLanguage("zh-CN");
            PDFont font = CjkFont.embed(doc);
            try (PdfGrid grid = new PdfGrid(doc, font, fontSize)) {
                layout.draw(grid);
            }
            numberPages(doc, font);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("\"" + title + "\" could not be printed", e);
        }
    }

    /** A grid on {@code doc} that starts a new A4 page; {@link #print} is the usual way in. */
    public PdfGrid(PDDocument doc, PDFont font, float size) throws IOException {
        this.doc = doc;
        this.font = font;
        this.size = size;
        this.leading = size * 1.45f;
        newPage();
    }

    /** A centred title, wrapped over lines if long. */
    public void title(String text, float titleSize) throws IOException {
        for (String l : wrap(text, width, titleSize)) {
            ensure(titleSize * 1.4f);
            write(l, MARGIN + (width - textWidth(l, titleSize)) / 2, y - titleSize, titleSize);
            y -= titleSize * 1.4f;
        }
        y -= titleSize * 0.8f;
    }

    /** A paragraph across the page; an empty text is an empty line. */
    public void line(String text) throws IOException {
        for (String l : wrap(text, width, size)) {
            ensure(leading);
            write(l, MARGIN, y - size, size);
            y -= leading;
        }
        y -= 2;
    }

    /** "key：value", the value's further lines indented under its first. */
    public void field(String key, String value) throws IOException {
        String k = printable(key) + "：";
        float indent = textWidth(k, size);
        if (indent > width / 2) {
            line(k + value);
            return;
        }
        List<String> lines = wrap(value, width - indent, size);
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading);
            if (i == 0) {
                write(k, MARGIN, y - size, size);
            }
            write(lines.get(i), MARGIN + indent, y - size, size);
            y -= leading;
        }
        y -= 2;
    }

    /** A ruled row of cells whose shares add up to 1. */
    public void row(Cell... cells) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (Cell c : cells) {
            List<String> l = wrap(c.text() == null ? "" : c.text(), c.share() * width - 2 * PADDING, size);
            wrapped.add(l);
            lines = Math.max(lines, Math.max(l.size(), c.minLines()));
        }
        int done = 0;
        while (done < lines) {
            int room = (int) Math.floor((y - MARGIN - 2 * PADDING) / leading);
            boolean freshPage = y >= pageTop;
            if (lines - done > room && !freshPage && (room < 1 || done == 0)) {
                newPage();
                continue;
            }
            room = Math.max(1, room);
            int n = Math.min(lines - done, room);
            drawSegment(cells, wrapped, done, n);
            done += n;
            if (done < lines) {
                newPage();
            }
        }
    }

    /** A ruled table: a shaded header row, repeated at the top of every page the rows continue on, then the rows. */
    public void table(List<Column> columns, List<List<String>> rows) throws IOException {
        Cell[] head = columns.stream().map(c -> Cell.label(c.header(), c.share()).align(Align.CENTER)).toArray(Cell[]::new);
        ensure(3 * leading + 4 * PADDING);
        row(head);
        header = head;
        try {
            for (List<String> values : rows) {
                Cell[] cells = new Cell[columns.size()];
                for (int i = 0; i < cells.length; i++) {
                    Column c = columns.get(i);
                    cells[i] = Cell.value(i < values.size() ? values.get(i) : "", c.share()).align(c.align());
                }
                row(cells);
            }
        } finally {
            header = null;
        }
    }

    private void drawSegment(Cell[] cells, List<List<String>> wrapped, int from, int count) throws IOException {
        float height = count * leading + 2 * PADDING;
        float x = MARGIN;
        for (Cell c : cells) {
            float w = c.share() * width;
            if (c.label()) {
                out.setNonStrokingColor(LABEL_SHADE);
                out.addRect(x, y - height, w, height);
                out.fill();
                out.setNonStrokingColor(0f);
            }
            x += w;
        }
        x = MARGIN;
        for (Cell c : cells) {
            out.addRect(x, y - height, c.share() * width, height);
            x += c.share() * width;
        }
        out.stroke();
        x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float w = cells[i].share() * width;
            List<String> lines = wrapped.get(i);
            float baseline = y - PADDING - size;
            for (int l = from; l < Math.min(lines.size(), from + count); l++) {
                String text = lines.get(l);
                float tx = switch (cells[i].align()) {
                    case LEFT -> x + PADDING;
                    case CENTER -> x + (w - textWidth(text, size)) / 2;
                    case RIGHT -> x + w - PADDING - textWidth(text, size);
                };
                write(text, tx, baseline, size);
                baseline -= leading;
            }
            x += w;
        }
        y -= height;
    }

    private List<String> wrap(String text, float maxWidth, float fontSize) throws IOException {
        return LineBreaks.wrap(printable(text), maxWidth, s -> textWidth(s, fontSize));
    }

    private float textWidth(String text, float fontSize) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    /** The text with tabs as spaces, other control characters dropped and glyphs the font lacks as 〓. */
    private String printable(String text) throws IOException {
        StringBuilder s = new StringBuilder(text.length());
        for (int cp : text.codePoints().toArray()) {
            if (cp == '\t') {
                s.append(' ');
            } else if (cp == '\n' || cp == '\r') {
                s.appendCodePoint(cp);
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                continue;
            } else if (hasGlyph(cp)) {
                s.appendCodePoint(cp);
            } else {
                s.append(MISSING_GLYPH);
            }
        }
        return s.toString();
    }

    private boolean hasGlyph(int cp) throws IOException {
        Boolean known = glyphs.get(cp);
        if (known == null) {
            try {
                font.encode(Character.toString(cp));
                known = true;
            } catch (IllegalArgumentException e) {
                known = false;
            }
            glyphs.put(cp, known);
        }
        return known;
    }

    private void write(String text, float x, float baseline, float fontSize) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, fontSize);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private void ensure(float height) throws IOException {
        if (height > y - MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        out.setLineWidth(0.6f);
        y = PDRectangle.A4.getHeight() - MARGIN;
        if (header != null) {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (Cell c : header) {
                List<String> l = wrap(c.text(), c.share() * width - 2 * PADDING, size);
                wrapped.add(l);
                lines = Math.max(lines, l.size());
            }
            drawSegment(header, wrapped, 0, lines);
        }
        pageTop = y;
    }

    private static void numberPages(PDDocument doc, PDFont font) throws IOException {
        int pages = doc.getNumberOfPages();
        if (pages < 2) {
            return;
        }
        float footSize = 8;
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.getPage(i);
            String text = "第 " + (i + 1) + " 页 共 " + pages + " 页";
            float w = font.getStringWidth(text) / 1000 * footSize;
            try (PDPageContentStream foot = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                foot.beginText();
                foot.setFont(font, footSize);
                foot.newLineAtOffset((PDRectangle.A4.getWidth() - w) / 2, MARGIN / 2);
                foot.showText(text);
                foot.endText();
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
