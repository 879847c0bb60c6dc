package cn.studio.notification.inbox;

import cn.studio.notification.Events;
import cn.studio.testsupport.TestServers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Each user's inbox: the notices of events about them, unread counts, marking read, nobody else's messages. */
@QuarkusTest
class InboxTest {

    private static String studioNoticedIn(String token) {
        String app = UUID.randomUUID().toString();
        String studio = "信" + app.substring(0, 6) + "职工创新工作室";
        Events.send("application-events", app, Events.submitted(UUID.randomUUID().toString(), app, studio));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", token)
                .get("/api/v1/notifications/inbox?unreadOnly=true").then().extract().<List<String>>path("subject")
                .stream().anyMatch(s -> s.contains(studio)));
        return studio;
    }

    @Test
    void aNoticeIsUnreadUntilMarkedRead() {
        String token = "Bearer " + TestServers.keycloakToken("recommender1");
        String studio = studioNoticedIn(token);
        String id = given().header("Authorization", token).get("/api/v1/notifications/inbox?unreadOnly=true").then()
                .extract().path("find { it.subject.contains('" + studio + "') }.id");
        int before = given().header("Authorization", token).get("/api/v1/notifications/inbox/unread-count").then().extract().path("unread");
        given().header("Authorization", token).post("/api/v1/notifications/inbox/" + id + "/read").then().statusCode(200)
                .body("unread", equalTo(before - 1));
        given().header("Authorization", token).get("/api/v1/notifications/inbox").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.readAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void readAllLeavesNothingUnread() {
        String token = "Bearer " + TestServers.keycloakToken("recommender1");
        studioNoticedIn(token);
        given().header("Authorization", token).post("/api/v1/notifications/inbox/read-all").then().statusCode(200)
                .body("unread", equalTo(0));
        given().header("Authorization", token).get("/api/v1/notifications/inbox?unreadOnly=true").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void someoneElsesMessageLooksMissing() {
        String token = "Bearer " + TestServers.keycloakToken("recommender1");
        String studio = studioNoticedIn(token);
        String id = given().header("Authorization", token).get("/api/v1/notifications/inbox").then()
                .extract().path("find { it.subject.contains('" + studio + "') }.id");
        String other = "Bearer " + TestServers.keycloakToken("applicant1");
        given().header("Authorization", other).post("/api/v1/notifications/inbox/" + id + "/read").then().statusCode(404);
        given().header("Authorization", other).get("/api/v1/notifications/inbox").then().statusCode(200)
                .body("find { it.id == '" + id + "' }", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", other).get("/api/v1/notifications/deliveries").then().statusCode(403);
    }
}
