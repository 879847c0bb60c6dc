package cn.studio.review.sitevisit;

import cn.studio.review.World;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.COMMISSION;
import static cn.studio.review.World.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Visitors upload photos from the site straight to the object store; only what platform-media checked is kept. */
@QuarkusTest
class SiteVisitMediaTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    World w;
    String visitor;
    String visit;

    void visit() {
        w = new World().campaign(10);
        UUID c = w.screenedCase("张三");
        visitor = w.reviewer("expert-a");
        w.round(3, 5);
        visit = as(ADMIN).body(Map.of("applicationId", c, "scheduledAt", World.inDays(2).toString(), "address", "园区",
                "visitors", List.of(visitor))).post("/api/v1/reviews/rounds/" + w.roundId + "/site-visits").then()
                .statusCode(201).extract().path("id");
    }

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
    void aVisitorsPhotoIsCheckedStoredAndServed() throws Exception {
        visit();
        String media = "/api/v1/reviews/site-visits/" + visit + "/media";
        JsonPath up = as(w.token(visitor)).body(Map.of("kind", "PHOTO", "fileName", "车间.jpg")).post(media).then()
                .statusCode(201).extract().jsonPath();
        byte[] photo = jpeg();
        assertEquals(200, put(up.getString("uploadUrl"), photo, "image/jpeg"));
        as(w.token(visitor)).post(media + "/" + up.getString("id") + "/complete").then().statusCode(200)
                .body("state", equalTo("STORED")).body("contentType", equalTo("image/jpeg"));
        // a swap after the check lands beside the checked copy and is never served
        assertEquals(200, put(up.getString("uploadUrl"), "<html>x</html>".getBytes(), "text/html"));
        String url = as(COMMISSION).get(media + "/" + up.getString("id") + "/download").then().statusCode(200).extract().path("url");
        byte[] served = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        assertArrayEquals(photo, served);
        as(ADMIN).get(media).then().body("$", hasSize(1)).body("[0].kindLabel", equalTo("现场照片"));
    }

    @Test
    void aPageDressedAsAPhotoIsRefusedAndNothingIsKept() throws Exception {
        visit();
        String media = "/api/v1/reviews/site-visits/" + visit + "/media";
        JsonPath up = as(w.token(visitor)).body(Map.of("kind", "PHOTO", "fileName", "x.jpg")).post(media).then()
                .statusCode(201).extract().jsonPath();
        byte[] fake = new byte[2048];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        assertEquals(200, put(up.getString("uploadUrl"), fake, "image/jpeg"));
        as(w.token(visitor)).post(media + "/" + up.getString("id") + "/complete").then().statusCode(422)
                .body("code", equalTo("ATTACHMENT_MALFORMED"));
    }

    @Test
    void onlyTheVisitorsAndTheUnionUpload() {
        visit();
        String other = w.reviewer("expert-b");
        as(w.token(other)).body(Map.of("kind", "PHOTO", "fileName", "x.jpg")).post("/api/v1/reviews/site-visits/" + visit + "/media")
                .then().statusCode(404);
        as(COMMISSION).body(Map.of("kind", "PHOTO", "fileName", "x.jpg")).post("/api/v1/reviews/site-visits/" + visit + "/media")
                .then().statusCode(403);
    }
}
