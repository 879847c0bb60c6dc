package cn.studio.platform.print;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC (SIL Open Font License 1.1, licence beside the font in this jar), placed in the jar at build time by
 * {@code platform/print/src/build/fetch-cjk-font.sh}: a printed document never depends on the fonts of the host.
 */
public final class CjkFont {
    /** Where the font lies on the classpath; its licence is {@code OFL.txt} beside it. */
    public static final String RESOURCE = "/cn/studio/platform/print/fonts/NotoSansSC-Regular.ttf";

    private CjkFont() {
    }

    /** The font for {@code doc}, embedded as a subset of the glyphs the document uses (a list stays small). */
    public static PDType0Font embed(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new RandomAccessReadBuffer(Bytes.FONT), true, false);
    }

    /** Read once per class loader (about 10 MB); every document parses its own copy, as PDFBox subsets per document. */
    private static final class Bytes {
        static final byte[] FONT = read();

        private static byte[] read() {
            try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing: platform-print's build places it "
                            + "(src/build/fetch-cjk-font.sh)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
