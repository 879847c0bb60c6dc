package cn.studio.application.attachment;

import cn.studio.application.Fixtures;
import cn.studio.platform.media.FileType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.as;
import static cn.studio.application.Fixtures.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Real uploads to presigned URLs of the real object store, then the service's checks of what was stored. */
@QuarkusTest
class AttachmentTest {
    private String app;

    @BeforeEach
    void draft() {
        app = Fixtures.createDraft(APPLICANT1, Fixtures.openCampaign(), Map.of());
    }

    @Test
    void photoUploadedToItsPresignedUrlIsCheckedAndStored() {
        var started = as(APPLICANT1).body(Map.of("kind", "PHOTO", "fileName", "车间.jpg"))
                .post("/api/v1/applications/" + app + "/attachments").then().statusCode(201)
                .body("state", equalTo("PENDING")).body("uploadUrl", startsWith("http")).extract();
        as(APPLICANT1).post("/api/v1/applications/" + app + "/attachments/" + started.path("id") + "/complete")
                .then().statusCode(409).body("code", equalTo("UPLOAD_NOT_FOUND"));
        Fixtures.put(started.path("uploadUrl"), Fixtures.JPEG);
        as(APPLICANT1).post("/api/v1/applications/" + app + "/attachments/" + started.path("id") + "/complete")
                .then().statusCode(200).body("state", equalTo("STORED")).body("contentType", equalTo("image/jpeg"))
                .body("sizeBytes", equalTo(Fixtures.JPEG.length));
    }

    @Test
    void downloadIsAShortLivedLinkToTheSameBytes() {
        String id = upload(APPLICANT1, app, "RECOMMENDATION_LETTER", "推荐材料.pdf", Fixtures.PDF).then().statusCode(200)
                .extract().path("id");
        String url = as(Fixtures.ADMIN).get("/api/v1/applications/" + app + "/attachments/" + id + "/download")
                .then().statusCode(200).extract().path("url");
        assertArrayEquals(Fixtures.PDF, Fixtures.httpGet(url));
    }

    @Test
    void fileWhoseContentIsNotItsKindIsDeletedWithTheReason() {
        upload(APPLICANT1, app, "PHOTO", "假照片.jpg", Fixtures.TEXT).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("ATTACHMENT_TYPE_MISMATCH"));
        upload(APPLICANT1, app, "VIDEO", "clip.mp4", Fixtures.PDF).then().statusCode(422).body("code", equalTo("ATTACHMENT_TYPE_MISMATCH"));
        as(APPLICANT1).get("/api/v1/applications/" + app + "/attachments").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void videoAndDocumentsOfTheRightTypeAreAccepted() {
        upload(APPLICANT1, app, "VIDEO", "宣传片.mp4", Fixtures.MP4).then().statusCode(200).body("contentType", equalTo("video/mp4"));
        upload(APPLICANT1, app, "AWARD_MATERIAL", "获奖证书.png", Fixtures.PNG).then().statusCode(200);
    }

    @Test
    void documentOverItsSizeLimitIsDeleted() {
        byte[] big = Arrays.copyOf(Fixtures.PDF, 20 * 1024 * 1024 + 1);
        upload(APPLICANT1, app, "EQUIPMENT_LIST", "设备清单.pdf", big).then().statusCode(422)
                .body("code", equalTo("ATTACHMENT_TOO_LARGE"));
        as(APPLICANT1).get("/api/v1/applications/" + app + "/attachments").then().body("$", hasSize(0));
    }

    @Test
    void atMostFivePhotos() {
        for (int i = 0; i < 5; i++) {
            upload(APPLICANT1, app, "PHOTO", "p" + i + ".jpg", Fixtures.JPEG).then().statusCode(200);
        }
        upload(APPLICANT1, app, "PHOTO", "p6.jpg", Fixtures.JPEG).then().statusCode(409).body("code", equalTo("PHOTO_LIMIT"));
    }

    @Test
    void deletingIsAllowedOnlyWhileEditable() {
        String id = upload(APPLICANT1, app, "OTHER", "其他.pdf", Fixtures.PDF).then().statusCode(200).extract().path("id");
        as(APPLICANT1).delete("/api/v1/applications/" + app + "/attachments/" + id).then().statusCode(204);
        as(APPLICANT1).get("/api/v1/applications/" + app + "/attachments").then().body("$", hasSize(0));

        String submitted = Fixtures.readyDraft(APPLICANT1, Fixtures.openCampaign(), "冯二");
        as(APPLICANT1).post("/api/v1/applications/" + submitted + "/submit").then().statusCode(200);
        String photo = as(APPLICANT1).get("/api/v1/applications/" + submitted + "/attachments").then().extract().path("[0].id");
        as(APPLICANT1).delete("/api/v1/applications/" + submitted + "/attachments/" + photo).then().statusCode(409)
                .body("code", equalTo("APPLICATION_NOT_EDITABLE"));
    }

    @Test
    void fileNamesWithPathsAreRefused() {
        as(APPLICANT1).body(Map.of("kind", "PHOTO", "fileName", "../../etc/passwd"))
                .post("/api/v1/applications/" + app + "/attachments").then().statusCode(400)
                .body("errors[0].field", equalTo("fileName"));
    }

    @Test
    void magicBytesDecideTheClaimedType() {
        assertEquals(FileType.WEBP, FileType.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).orElseThrow());
        assertEquals(FileType.QUICKTIME, FileType.sniff(new byte[]{0, 0, 0, 20, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '}).orElseThrow());
        assertEquals(FileType.WEBM, FileType.sniff(new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1}).orElseThrow());
    }
}
