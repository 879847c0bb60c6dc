package cn.studio.e2e;

import cn.studio.stack.LocalStack;
import cn.studio.stack.StackPorts;
import cn.studio.stack.SuiteLayout;
import io.restassured.RestAssured;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/**
 * The whole suite, as the launcher runs it (real Keycloak included), on free ports so that it never collides with a
 * local stack a developer has running; started once for all end-to-end test classes of this JVM.
 */
final class WholeStack {
    private static LocalStack stack;

    private WholeStack() {
    }

    static synchronized LocalStack get() {
        if (stack == null) {
            Path data = Path.of("target", "e2e-stack").toAbsolutePath();
            stack = LocalStack.start(SuiteLayout.locate(), StackPorts.random(), data, true);
            System.out.println("end-to-end stack ready in " + stack.startTime().toMillis() + " ms");
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        }
        return stack;
    }

    /** A real access token from Keycloak by the password grant (the SPA client allows it in the local realm). */
    static String token(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "studio-spa")
                .formParam("username", user).formParam("password", user)
                .when().post(get().keycloak().tokenUrl())
                .then().statusCode(200).extract().path("access_token");
    }
}
