package cn.studio.lifecycle.report;

import cn.studio.lifecycle.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static cn.studio.lifecycle.World.ADMIN;
import static cn.studio.lifecycle.World.as;
import static cn.studio.lifecycle.World.body;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A summary's photos go straight to the object store; only what platform-media checked counts, and is served. */
@QuarkusTest
class ReportAttachmentTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static byte[] jpeg() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }

    static int put(String url, byte[] bytes, String type) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aPhotoIsCheckedKeptInTheSubmittedVersionAndFrozenAfterSubmission() throws Exception {
        World w = new World().named("附件甲");
        String token = w.studioToken(0);
        String reports = "/api/v1/studios/" + w.studioId(0) + "/reports";
        String id = as(token).body(body("kind", "QUARTERLY_SUMMARY", "year", 2026, "quarter", 1)).post(reports).then()
                .statusCode(201).extract().path("id");
        String files = reports + "/" + id + "/attachments";
        JsonPath up = as(token).body(Map.of("kind", "PHOTO", "fileName", "车间.jpg")).post(files).then().statusCode(201)
                .extract().jsonPath();
        byte[] photo = jpeg();
        assertEquals(200, put(up.getString("uploadUrl"), photo, "image/jpeg"));
        as(token).post(files + "/" + up.getString("id") + "/complete").then().statusCode(200)
                .body("state", equalTo("STORED")).body("contentType", equalTo("image/jpeg")).body("kindLabel", equalTo("照片"));
        String url = as(ADMIN).get(files + "/" + up.getString("id") + "/download").then().statusCode(200).extract().path("url");
        assertArrayEquals(photo, HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body());

        as(token).body(body("version", 0, "sections", ReportTest.QUARTER)).put(reports + "/" + id).then().statusCode(200);
        as(token).body(body("version", 1)).post(reports + "/" + id + "/submit").then().statusCode(200)
                .body("attachments", hasSize(1));
        as(ADMIN).get(reports + "/" + id + "/versions").then().body("[0].attachments[0].fileName", equalTo("车间.jpg"));
        as(token).body(Map.of("kind", "PHOTO", "fileName", "晚到.jpg")).post(files).then().statusCode(409)
                .body("code", equalTo("REPORT_NOT_EDITABLE"));
        as(token).delete(files + "/" + up.getString("id")).then().statusCode(409);
    }

    @Test
    void aPageDressedAsAPhotoIsRefusedAndNothingIsKept() throws Exception {
        World w = new World().named("附件乙");
        String token = w.studioToken(0);
        String reports = "/api/v1/studios/" + w.studioId(0) + "/reports";
        String id = as(token).body(body("kind", "QUARTERLY_SUMMARY", "year", 2026, "quarter", 1)).post(reports).then()
                .statusCode(201).extract().path("id");
        String files = reports + "/" + id + "/attachments";
        JsonPath up = as(token).body(Map.of("kind", "PHOTO", "fileName", "x.jpg")).post(files).then().statusCode(201).extract().jsonPath();
        assertEquals(200, put(up.getString("uploadUrl"), "<html><script>x</script></html>".getBytes(), "image/jpeg"));
        as(token).post(files + "/" + up.getString("id") + "/complete").then().statusCode(422)
                .body("code", equalTo("ATTACHMENT_TYPE_MISMATCH"));
        as(token).get(files).then().statusCode(200).body("", hasSize(0));
        as(w.studioToken(0)).post(files + "/" + java.util.UUID.randomUUID() + "/complete").then().statusCode(404);
    }

    @Test
    void aPhotoRemovedAfterAReturnStaysReadableFromTheVersionThatCarriedIt() throws Exception {
        World w = new World().named("附件丙");
        String token = w.studioToken(0);
        String reports = "/api/v1/studios/" + w.studioId(0) + "/reports";
        String id = as(token).body(body("kind", "QUARTERLY_SUMMARY", "year", 2026, "quarter", 2)).post(reports).then()
                .statusCode(201).extract().path("id");
        String files = reports + "/" + id + "/attachments";
        JsonPath up = as(token).body(Map.of("kind", "PHOTO", "fileName", "旧照片.jpg")).post(files).then().statusCode(201).extract().jsonPath();
        byte[] photo = jpeg();
        assertEquals(200, put(up.getString("uploadUrl"), photo, "image/jpeg"));
        as(token).post(files + "/" + up.getString("id") + "/complete").then().statusCode(200);
        as(token).body(body("version", 0, "sections", ReportTest.QUARTER)).put(reports + "/" + id).then().statusCode(200);
        as(token).body(body("version", 1)).post(reports + "/" + id + "/submit").then().statusCode(200);
        as(ADMIN).body(body("version", 2, "comment", "请换一张照片")).post(reports + "/" + id + "/return").then().statusCode(200);

        as(token).delete(files + "/" + up.getString("id")).then().statusCode(204);
        as(token).get(files).then().body("", hasSize(0));
        as(token).delete(files + "/" + up.getString("id")).then().statusCode(404);
        as(ADMIN).get(reports + "/" + id + "/versions").then().body("[0].attachments[0].id", equalTo(up.getString("id")));
        String url = as(ADMIN).get(files + "/" + up.getString("id") + "/download").then().statusCode(200).extract().path("url");
        assertArrayEquals(photo, HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body());
    }
}
