package cn.studio.notification.preference;

import cn.studio.testsupport.TestServers;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Sets a demo user's preference through the API, as the user; tests put back what they change. */
public final class Preferences {
    private Preferences() {
    }

    public static void set(String user, String category, String channel, boolean enabled) {
        given().header("Authorization", "Bearer " + TestServers.keycloakToken(user)).contentType("application/json")
                .body(List.of(Map.of("category", category, "channel", channel, "enabled", enabled)))
                .put("/api/v1/notifications/preferences").then().statusCode(200);
    }
}
