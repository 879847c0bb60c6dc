package cn.studio.platform.media;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Whether a file really is the type its magic bytes claim: images decode (ImageIO; WebP by its RIFF/VP8 headers),
 * PDFs parse with PDFBox and have a page, DOCX is a ZIP package holding a Word document, MP4/QuickTime is a sequence
 * of well-formed ISO boxes covering the whole file with a {@code moov} box, WebM an EBML header of doctype
 * {@code webm} followed by a segment. Pure: it reads only what {@link Source} gives.
 */
public final class FileInspection {
    /** Above this an image is refused before decoding (a decompression bomb, not a photo). */
    static final long MAX_PIXELS = 200_000_000L;
    private static final int MAX_BOXES = 200_000;

    /** The file to inspect: its size and a way to read it from the start (each call a new stream). */
    public interface Source {
        long size();

        InputStream open() throws IOException;
    }

    private FileInspection() {
    }

    /** The type the file's first bytes claim. */
    public static Optional<FileType> sniff(Source source) throws IOException {
        try (InputStream in = source.open()) {
            return FileType.sniff(in.readNBytes(FileType.HEAD_BYTES));
        }
    }

    /** Why the file is not a well-formed {@code type} (zh-CN), or empty when it is. */
    public static Optional<String> malformation(FileType type, Source source) throws IOException {
        return switch (type) {
            case JPEG, PNG -> image(type, source);
            case WEBP -> webp(source);
            case PDF -> withTempFile(source, FileInspection::pdf);
            case DOCX -> withTempFile(source, FileInspection::docx);
            case MP4, QUICKTIME -> isoBoxes(type, source);
            case WEBM -> webm(source);
        };
    }

    private static Optional<String> image(FileType type, Source source) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == FileType.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IOException("no ImageIO reader for " + type);
        }
        ImageReader reader = readers.next();
        try (InputStream in = new Guarded(source.open()); ImageInputStream images = new MemoryCacheImageInputStream(in)) {
            StringBuilder warnings = new StringBuilder();
            reader.addIIOReadWarningListener((r, warning) -> warnings.append(warning));
            reader.setInput(images, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                return Optional.of("图片尺寸异常（" + width + "×" + height + "）");
            }
            // decode every byte of the picture, but into at most ~512 px a side: the check stays small in memory
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / 512);
            param.setSourceSubsampling(step, step, 0, 0);
            if (type == FileType.JPEG) {
                reader.readRaster(0, param); // the raw samples: CMYK/YCCK photos decode too (no colour conversion)
            } else {
                reader.read(0, param);
            }
            return warnings.isEmpty() ? Optional.empty() : Optional.of("图片数据不完整或已损坏");
        } catch (Unreadable e) {
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            return Optional.of("无法作为图片解码");
        } finally {
            reader.dispose();
        }
    }

    private static Optional<String> webp(Source source) throws IOException {
        byte[] h;
        try (InputStream in = source.open()) {
            h = in.readNBytes(30);
        }
        if (h.length < 30 || le32(h, 4) + 8 != source.size()) {
            return Optional.of("WebP 文件头与文件长度不符");
        }
        long chunk = le32(h, 16);
        if (chunk + 20 > source.size()) {
            return Optional.of("WebP 图像块超出文件长度");
        }
        if (FileType.startsWith(h, 12, 'V', 'P', '8', ' ')) {
            int width = le16(h, 26) & 0x3FFF;
            int height = le16(h, 28) & 0x3FFF;
            return FileType.startsWith(h, 23, 0x9D, 0x01, 0x2A) && width > 0 && height > 0 && (h[20] & 1) == 0
                    ? Optional.empty() : Optional.of("WebP (VP8) 图像头无效");
        }
        if (FileType.startsWith(h, 12, 'V', 'P', '8', 'L')) {
            return (h[20] & 0xFF) == 0x2F && (h[24] & 0xE0) == 0 ? Optional.empty() : Optional.of("WebP (VP8L) 图像头无效");
        }
        if (FileType.startsWith(h, 12, 'V', 'P', '8', 'X')) {
            long pixels = ((le32(h, 24) & 0xFFFFFF) + 1) * (((le32(h, 27) & 0xFFFFFF)) + 1);
            return chunk == 10 && pixels <= MAX_PIXELS ? Optional.empty() : Optional.of("WebP (VP8X) 图像头无效");
        }
        return Optional.of("WebP 缺少图像数据块");
    }

    private static Optional<String> pdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.getNumberOfPages() < 1) {
                return Optional.of("PDF 没有页面");
            }
            doc.getPage(0).getMediaBox();
            return Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of("PDF 已加密，无法检查，请上传未加密的文件");
        } catch (IOException | RuntimeException e) {
            return Optional.of("不是有效的 PDF（无法解析：" + shorten(e.getMessage()) + "）");
        }
    }

    private static Optional<String> docx(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null || zip.getEntry("word/document.xml") == null) {
                return Optional.of("不是 Word 文档（缺少 word/document.xml）");
            }
            String declared;
            try (InputStream in = zip.getInputStream(types)) {
                declared = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            }
            return declared.contains("wordprocessingml.document.main+xml") ? Optional.empty()
                    : Optional.of("不是 Word 文档（内容类型未声明正文）");
        } catch (IOException | RuntimeException e) {
            return Optional.of("不是有效的 DOCX（压缩包已损坏）");
        }
    }

    /** ISO base media file format (MP4, QuickTime): top-level boxes must tile the file exactly. */
    private static Optional<String> isoBoxes(FileType type, Source source) throws IOException {
        long size = source.size();
        boolean moov = false;
        try (DataInputStream in = new DataInputStream(source.open())) {
            long pos = 0;
            for (int n = 0; pos < size; n++) {
                if (n > MAX_BOXES || size - pos < 8) {
                    return Optional.of("视频容器结构不完整");
                }
                long boxSize = in.readInt() & 0xFFFFFFFFL;
                byte[] name = in.readNBytes(4);
                int header = 8;
                if (boxSize == 1) {
                    boxSize = in.readLong();
                    header = 16;
                } else if (boxSize == 0) {
                    boxSize = size - pos;
                }
                String box = new String(name, StandardCharsets.ISO_8859_1);
                if (!box.chars().allMatch(c -> c >= 0x20 && c <= 0x7E) || boxSize < header || boxSize > size - pos) {
                    return Optional.of("视频容器结构无效（位置 " + pos + "）");
                }
                if (n == 0 && type == FileType.MP4 && !box.equals("ftyp")) {
                    return Optional.of("MP4 文件缺少 ftyp 头");
                }
                moov |= box.equals("moov");
                in.skipNBytes(boxSize - header);
                pos += boxSize;
            }
        } catch (EOFException e) {
            return Optional.of("视频文件被截断");
        }
        return moov ? Optional.empty() : Optional.of("视频缺少 moov（元数据）");
    }

    /** WebM: an EBML header whose DocType is "webm", then a Segment element. */
    private static Optional<String> webm(Source source) throws IOException {
        byte[] h;
        try (InputStream in = source.open()) {
            h = in.readNBytes(4096);
        }
        int[] at = {4};
        long headerSize = vint(h, at, true);
        if (headerSize < 0 || at[0] + headerSize > h.length) {
            return Optional.of("WebM 文件头无效");
        }
        int end = (int) (at[0] + headerSize);
        String docType = null;
        while (at[0] < end) {
            long id = vint(h, at, false);
            long len = vint(h, at, true);
            if (id < 0 || len < 0 || at[0] + len > end) {
                return Optional.of("WebM 文件头无效");
            }
            if (id == 0x4282) {
                docType = new String(h, at[0], (int) len, StandardCharsets.US_ASCII).replace("\0", "");
            }
            at[0] += (int) len;
        }
        if (!"webm".equals(docType)) {
            return Optional.of("不是 WebM（文档类型为 " + docType + "）");
        }
        long segment = vint(h, at, false);
        return segment == 0x18538067 ? Optional.empty() : Optional.of("WebM 缺少 Segment");
    }

    /** An EBML variable-length integer at {@code at[0]}; as a size the length marker is dropped. -1 if invalid. */
    private static long vint(byte[] data, int[] at, boolean size) {
        if (at[0] >= data.length) {
            return -1;
        }
        int first = data[at[0]] & 0xFF;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || length > 8 || at[0] + length > data.length) {
            return -1;
        }
        long value = size ? first & (0xFF >> length) : first;
        for (int i = 1; i < length; i++) {
            value = (value << 8) | (data[at[0] + i] & 0xFF);
        }
        at[0] += length;
        return value;
    }

    /** A failure to read the source (the store, not the file): never taken as a verdict on the file. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static final class Guarded extends java.io.FilterInputStream {
        Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() {
            try {
                return super.read();
            } catch (IOException e) {
                throw new Unreadable(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new Unreadable(e);
            }
        }
    }

    private interface FileCheck {
        Optional<String> check(Path file) throws IOException;
    }

    private static Optional<String> withTempFile(Source source, FileCheck check) throws IOException {
        Path file = Files.createTempFile("media-check-", ".bin");
        try {
            try (InputStream in = source.open()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return check.check(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static String shorten(String message) {
        String m = message == null ? "结构错误" : message;
        return m.length() > 80 ? m.substring(0, 80) + "…" : m;
    }
}
