package cn.studio.platform.media;

import cn.studio.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MediaKindTest {
    @Test
    void aKindIsDataWithItsLimits() {
        MediaKind photo = MediaKind.of("PHOTO", "照片", 10, FileType.JPEG, FileType.PNG).atMost(5, "PHOTO_LIMIT");
        assertEquals(10L * 1024 * 1024, photo.maxBytes());
        assertDoesNotThrow(() -> photo.requireRoom(4));
        ProblemException full = assertThrows(ProblemException.class, () -> photo.requireRoom(5));
        assertEquals(409, full.status());
        assertEquals("PHOTO_LIMIT", full.code());
        assertEquals(MediaProblems.COUNT_LIMIT, MediaKind.of("X", "其他", 1, FileType.PDF).countLimitCode());
    }

    @Test
    void uploadKeysCannotEscapeTheirPrefix() {
        assertEquals("uploads/applications/a/b", MediaStore.uploadKey("applications/a/b"));
        assertThrows(IllegalArgumentException.class, () -> MediaStore.uploadKey("../media/x"));
        assertThrows(IllegalArgumentException.class, () -> MediaStore.uploadKey("/media/x"));
        assertThrows(IllegalArgumentException.class, () -> new CheckedMedia("uploads/a", FileType.PDF, 1));
    }
}
