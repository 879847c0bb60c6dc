package cn.studio.application.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table that flows over A4 pages, the way the paper 申报表 is drawn: rows of cells with wrapped text,
 * a cell's width in fractions of the table. Enough layout for a government form, nothing more.
 */
final class PdfGrid implements AutoCloseable {
    private static final float MARGIN = 50;
    private static final float PADDING = 4;
    private final PDDocument doc;
    private final PDFont font;
    private final float size;
    private final float leading;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream out;
    private float y;

    PdfGrid(PDDocument doc, PDFont font, float size) throws IOException {
        this.doc = doc;
        this.font = font;
        this.size = size;
        this.leading = size * 1.45f;
        newPage();
    }

    /** A cell: its text and its share of the row's width; {@code minLines} reserves room (opinions, seals). */
    record Cell(String text, float share, int minLines, boolean label) {
        static Cell label(String text, float share) {
            return new Cell(text, share, 1, true);
        }

        static Cell value(String text, float share) {
            return new Cell(text, share, 1, false);
        }

        static Cell tall(String text, float share, int minLines) {
            return new Cell(text, share, minLines, false);
        }
    }

    void title(String text, float titleSize) throws IOException {
        float w = font.getStringWidth(text) / 1000 * titleSize;
        write(text, MARGIN + (width - w) / 2, y - titleSize, titleSize);
        y -= titleSize * 2.2f;
    }

    void line(String text) throws IOException {
        ensure(leading);
        write(text, MARGIN, y - size, size);
        y -= leading + 2;
    }

    void row(Cell... cells) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (Cell c : cells) {
            List<String> l = wrap(c.text() == null ? "" : c.text(), c.share() * width - 2 * PADDING);
            wrapped.add(l);
            lines = Math.max(lines, Math.max(l.size(), c.minLines()));
        }
        float height = lines * leading + 2 * PADDING;
        if (height > y - MARGIN) {
            newPage();
        }
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float w = cells[i].share() * width;
            out.addRect(x, y - height, w, height);
            float ty = y - PADDING - size;
            for (String l : wrapped.get(i)) {
                write(l, x + PADDING, ty, size);
                ty -= leading;
            }
            x += w;
        }
        out.stroke();
        y -= height;
    }

    private List<String> wrap(String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder current = new StringBuilder();
            for (int cp : paragraph.codePoints().toArray()) {
                String next = current + new String(Character.toChars(cp));
                if (font.getStringWidth(next) / 1000 * size > maxWidth && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(new String(Character.toChars(cp)));
                } else {
                    current = new StringBuilder(next);
                }
            }
            lines.add(current.toString());
        }
        return lines;
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
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
