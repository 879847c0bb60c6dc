package cn.studio.application.attachment;

import cn.studio.application.Fixtures;
import cn.studio.platform.media.MediaSweep;
import cn.studio.platform.media.ObjectStoreConfig;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.as;
import static cn.studio.application.Fixtures.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a client cannot do to the files, tried against the real object store (issue 9, uploads). */
@QuarkusTest
class UploadIntegrityTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    MediaSweep sweep;

    @Inject
    ObjectStoreConfig storeConfig;

    private String app;

    @BeforeEach
    void draft() {
        app = Fixtures.createDraft(APPLICANT1, Fixtures.openCampaign(), Map.of());
    }

    @Test
    void aPutToTheOldUrlAfterCompleteLeavesTheServedFileUnchanged() throws Exception {
        var started = as(APPLICANT1).body(Map.of("kind", "PHOTO", "fileName", "车间.jpg"))
                .post(attachments()).then().statusCode(201).extract();
        String id = started.path("id");
        String uploadUrl = started.path("uploadUrl");
        put(uploadUrl, SampleFiles.JPEG, "image/jpeg");
        as(APPLICANT1).post(attachments() + "/" + id + "/complete").then().statusCode(200).body("state", equalTo("STORED"));

        put(uploadUrl, SampleFiles.HTML, "text/html"); // the URL is still valid; the store takes it
        as(APPLICANT1).post(attachments() + "/" + id + "/complete").then().statusCode(200).body("sizeBytes",
                equalTo(SampleFiles.JPEG.length));

        String url = as(Fixtures.ADMIN).get(attachments() + "/" + id + "/download").then().statusCode(200).extract().path("url");
        HttpResponse<byte[]> served = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertArrayEquals(SampleFiles.JPEG, served.body());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(served.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
    }

    @Test
    void htmlBehindAPdfHeaderIsRefusedAsMalformed() {
        upload(APPLICANT1, app, "RECOMMENDATION_LETTER", "推荐材料.pdf", SampleFiles.HTML_AS_PDF).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("ATTACHMENT_MALFORMED"))
                .body("errors[0].code", equalTo("ATTACHMENT_MALFORMED"));
        as(APPLICANT1).get(attachments()).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anImageThatDoesNotDecodeIsRefused() {
        byte[] truncated = java.util.Arrays.copyOf(SampleFiles.JPEG, SampleFiles.JPEG.length / 2);
        upload(APPLICANT1, app, "PHOTO", "半张.jpg", truncated).then().statusCode(422).body("code", equalTo("ATTACHMENT_MALFORMED"));
    }

    @Test
    void parallelCompletesNeverStoreMoreThanFivePhotos() throws Exception {
        for (int round = 0; round < 3; round++) {
            String draft = round == 0 ? app : Fixtures.createDraft(APPLICANT1, Fixtures.openCampaign(), Map.of());
            String base = "/api/v1/applications/" + draft + "/attachments";
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                var started = as(APPLICANT1).body(Map.of("kind", "PHOTO", "fileName", "p" + i + ".jpg"))
                        .post(base).then().statusCode(201).extract();
                put(started.path("uploadUrl"), SampleFiles.jpeg(new Color(10 * i, 100, 200)), "image/jpeg");
                ids.add(started.path("id"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(ids.size());
            try {
                List<Callable<Integer>> completes = ids.stream().<Callable<Integer>>map(id -> () ->
                        as(APPLICANT1).post(base + "/" + id + "/complete").statusCode()).toList();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(completes)) {
                    statuses.add(f.get());
                }
                assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
                assertEquals(15, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            } finally {
                pool.shutdownNow();
            }
            as(APPLICANT1).get(base).then().statusCode(200).body("findAll { it.state == 'STORED' }", hasSize(5));
        }
    }

    @Test
    void parallelCompletesOfOneUploadAllAnswerItsStoredFile() throws Exception {
        var started = as(APPLICANT1).body(Map.of("kind", "PHOTO", "fileName", "同一张.jpg")).post(attachments()).then()
                .statusCode(201).extract();
        put(started.path("uploadUrl"), SampleFiles.JPEG, "image/jpeg");
        String complete = attachments() + "/" + started.path("id") + "/complete";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> as(APPLICANT1).post(complete).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        as(APPLICANT1).get(attachments()).then().body("$", hasSize(1)).body("[0].state", equalTo("STORED"));
        String url = as(APPLICANT1).get(attachments() + "/" + started.path("id") + "/download").then().statusCode(200)
                .extract().path("url");
        assertArrayEquals(SampleFiles.JPEG, Fixtures.httpGet(url));
    }

    @Test
    void deleteRacingSubmitNeverLeavesASubmittedApplicationBelowThreePhotos() throws Exception {
        for (int round = 0; round < 3; round++) {
            String ready = Fixtures.readyDraft(APPLICANT1, Fixtures.openCampaign(), "赵" + round);
            String photo = as(APPLICANT1).get("/api/v1/applications/" + ready + "/attachments").then()
                    .extract().path("find { it.kind == 'PHOTO' }.id");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> submit = pool.submit(() -> as(APPLICANT1)
                        .post("/api/v1/applications/" + ready + "/submit").statusCode());
                Future<Integer> delete = pool.submit(() -> as(APPLICANT1)
                        .delete("/api/v1/applications/" + ready + "/attachments/" + photo).statusCode());
                int submitted = submit.get();
                int deleted = delete.get();
                int photos = as(APPLICANT1).get("/api/v1/applications/" + ready + "/attachments").then()
                        .extract().path("findAll { it.kind == 'PHOTO' }.size()");
                if (submitted == 200) {
                    assertEquals(409, deleted, "a submitted application's photo was deleted");
                    assertEquals(3, photos);
                } else {
                    assertEquals(422, submitted);
                    assertEquals(204, deleted);
                    assertEquals(2, photos);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aUnitMayHaveAtMostTwentyUploadsWaiting() {
        for (int i = 0; i < 20; i++) {
            as(APPLICANT1).body(Map.of("kind", "OTHER", "fileName", "f" + i + ".pdf")).post(attachments()).then().statusCode(201);
        }
        as(APPLICANT1).body(Map.of("kind", "OTHER", "fileName", "f21.pdf")).post(attachments()).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("TOO_MANY_PENDING_UPLOADS"));
    }

    @Test
    void theSweepRemovesAbandonedUploadsAndKeepsCheckedFiles() throws Exception {
        var abandoned = as(APPLICANT1).body(Map.of("kind", "PHOTO", "fileName", "没完成.jpg"))
                .post(attachments()).then().statusCode(201).extract();
        put(abandoned.path("uploadUrl"), SampleFiles.JPEG, "image/jpeg");
        var kept = as(APPLICANT1).body(Map.of("kind", "PHOTO", "fileName", "完成.jpg"))
                .post(attachments()).then().statusCode(201).extract();
        put(kept.path("uploadUrl"), SampleFiles.JPEG, "image/jpeg");
        as(APPLICANT1).post(attachments() + "/" + kept.path("id") + "/complete").then().statusCode(200);
        put(kept.path("uploadUrl"), SampleFiles.HTML, "text/html"); // left behind after the check
        String abandonedKey = "uploads/applications/" + app + "/" + abandoned.path("id");
        String leftKey = "uploads/applications/" + app + "/" + kept.path("id");

        sweep.sweep(); // not yet abandoned: nothing of this test goes
        assertTrue(exists(abandonedKey));
        as(APPLICANT1).get(attachments()).then().body("$", hasSize(2));

        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofHours(2)), Clock.class);
        assertTrue(sweep.sweep() >= 2);

        assertTrue(!exists(abandonedKey) && !exists(leftKey), "abandoned upload objects remain");
        as(APPLICANT1).get(attachments()).then().body("$", hasSize(1)).body("[0].id", equalTo(kept.path("id")));
        as(APPLICANT1).post(attachments() + "/" + abandoned.path("id") + "/complete").then().statusCode(404);
        String url = as(APPLICANT1).get(attachments() + "/" + kept.path("id") + "/download").then().statusCode(200)
                .extract().path("url");
        assertArrayEquals(SampleFiles.JPEG, Fixtures.httpGet(url));
    }

    @Test
    void tamperedUploadUrlsAreRefusedByTheStore() throws Exception {
        String url = as(APPLICANT1).body(Map.of("kind", "PHOTO", "fileName", "a.jpg")).post(attachments()).then()
                .statusCode(201).extract().path("uploadUrl");
        String otherKey = url.replace("/uploads/applications/", "/media/applications/");
        assertEquals(403, putStatus(otherKey, SampleFiles.JPEG));
        String otherSignature = url.replaceFirst("X-Amz-Signature=[0-9a-f]", "X-Amz-Signature=x");
        assertEquals(403, putStatus(otherSignature, SampleFiles.JPEG));
        String longer = url.replace("X-Amz-Expires=900", "X-Amz-Expires=604800");
        assertEquals(403, putStatus(longer, SampleFiles.JPEG));
    }

    private String attachments() {
        return "/api/v1/applications/" + app + "/attachments";
    }

    private boolean exists(String key) throws Exception {
        try (MinioClient client = MinioClient.builder().endpoint(storeConfig.endpoint()).region(storeConfig.region())
                .credentials(storeConfig.accessKey(), storeConfig.secretKey()).build()) {
            client.statObject(StatObjectArgs.builder().bucket(storeConfig.bucket()).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            assertTrue(e.errorResponse().code().startsWith("NoSuch"), e.getMessage());
            return false;
        }
    }

    private static void put(String url, byte[] content, String contentType) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private static int putStatus(String url, byte[] content) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
