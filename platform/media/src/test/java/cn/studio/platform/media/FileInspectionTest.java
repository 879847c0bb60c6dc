package cn.studio.platform.media;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileInspectionTest {

    @Test
    void wellFormedFilesOfEveryTypePass() throws Exception {
        assertWellFormed(FileType.JPEG, Samples.JPEG);
        assertWellFormed(FileType.PNG, Samples.PNG);
        assertWellFormed(FileType.WEBP, Samples.WEBP);
        assertWellFormed(FileType.PDF, Samples.PDF);
        assertWellFormed(FileType.DOCX, Samples.DOCX);
        assertWellFormed(FileType.MP4, Samples.MP4);
        assertWellFormed(FileType.WEBM, Samples.WEBM);
    }

    @Test
    void aFourChannelJpegAsPrintShopsSaveItIsAPhoto() throws Exception {
        java.awt.image.WritableRaster cmyk = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, 40, 30, 4, null);
        for (int x = 0; x < 40; x++) {
            cmyk.setPixel(x, x % 30, new int[]{200, 10, 10, 30});
        }
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new javax.imageio.IIOImage(cmyk, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        assertWellFormed(FileType.JPEG, out.toByteArray());
    }

    @Test
    void pdfHeaderFollowedByHtmlIsNotAPdf() throws Exception {
        byte[] html = "%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.of(FileType.PDF), FileInspection.sniff(Samples.source(html)));
        assertTrue(FileInspection.malformation(FileType.PDF, Samples.source(html)).isPresent());
    }

    @Test
    void imageMagicBytesFollowedByNoiseDoNotDecode() throws Exception {
        byte[] fakeJpeg = Arrays.copyOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 2048);
        new java.util.Random(1).nextBytes(Arrays.copyOfRange(fakeJpeg, 4, 2048));
        assertTrue(FileInspection.malformation(FileType.JPEG, Samples.source(fakeJpeg)).isPresent());
        byte[] truncatedPng = Arrays.copyOf(Samples.PNG, Samples.PNG.length / 2);
        assertTrue(FileInspection.malformation(FileType.PNG, Samples.source(truncatedPng)).isPresent());
        byte[] truncatedJpeg = Arrays.copyOf(Samples.JPEG, Samples.JPEG.length - 40);
        assertTrue(FileInspection.malformation(FileType.JPEG, Samples.source(truncatedJpeg)).isPresent());
    }

    @Test
    void videoContainersMustBeWholeAndHaveTheirMetadata() throws Exception {
        assertTrue(FileInspection.malformation(FileType.MP4, Samples.source(Arrays.copyOf(Samples.MP4, Samples.MP4.length - 10))).isPresent());
        byte[] noMoov = Samples.concat(Samples.box("ftyp", "isom\0\0\2\0".getBytes(StandardCharsets.ISO_8859_1)),
                Samples.box("mdat", new byte[100]));
        assertTrue(FileInspection.malformation(FileType.MP4, Samples.source(noMoov)).isPresent());
        byte[] ftypThenHtml = Samples.concat(Arrays.copyOf(Samples.MP4, 32), "<html></html>".getBytes(StandardCharsets.US_ASCII));
        assertTrue(FileInspection.malformation(FileType.MP4, Samples.source(ftypThenHtml)).isPresent());
        byte[] matroska = Samples.WEBM.clone();
        System.arraycopy("mkv!".getBytes(StandardCharsets.US_ASCII), 0, matroska, 24, 4);
        assertTrue(FileInspection.malformation(FileType.WEBM, Samples.source(matroska)).isPresent());
    }

    @Test
    void aZipIsOnlyADocxWhenItHoldsAWordDocument() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("index.html"));
            zip.write("<html></html>".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(Optional.of(FileType.DOCX), FileInspection.sniff(Samples.source(bytes.toByteArray())));
        assertTrue(FileInspection.malformation(FileType.DOCX, Samples.source(bytes.toByteArray())).isPresent());
    }

    @Test
    void webpHeaderMustMatchTheFile() throws Exception {
        byte[] longer = Arrays.copyOf(Samples.WEBP, Samples.WEBP.length + 100);
        assertTrue(FileInspection.malformation(FileType.WEBP, Samples.source(longer)).isPresent());
    }

    private static void assertWellFormed(FileType type, byte[] bytes) throws Exception {
        assertEquals(Optional.of(type), FileInspection.sniff(Samples.source(bytes)), type.name());
        assertEquals(Optional.empty(), FileInspection.malformation(type, Samples.source(bytes)), type.name());
    }
}
