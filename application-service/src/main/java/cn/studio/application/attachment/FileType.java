package cn.studio.application.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A file's real type, told by its first bytes (magic numbers), never by its name or the type a client claims. */
public enum FileType {
    JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp"), PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    MP4("video/mp4"), QUICKTIME("video/quicktime"), WEBM("video/webm");

    public static final int HEAD_BYTES = 64;
    public final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** Identifies the type from the head of the file; a ZIP is only DOCX if {@code zip} shows a Word document. */
    public static Optional<FileType> detect(byte[] head, ZipOpener zip) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of(WEBM);
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p') && head.length >= 12) {
            String brand = new String(Arrays.copyOfRange(head, 8, 12), StandardCharsets.US_ASCII);
            return Optional.of(brand.equals("qt  ") ? QUICKTIME : MP4);
        }
        if (startsWith(head, 4, 'm', 'o', 'o', 'v') || startsWith(head, 4, 'm', 'd', 'a', 't')) {
            return Optional.of(QUICKTIME);
        }
        if (startsWith(head, 0, 'P', 'K', 0x03, 0x04) && isWordDocument(zip)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /** Opens the whole file when a ZIP must be looked into. */
    public interface ZipOpener {
        InputStream open() throws IOException;
    }

    private static boolean isWordDocument(ZipOpener opener) {
        try (ZipInputStream zip = new ZipInputStream(opener.open())) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
