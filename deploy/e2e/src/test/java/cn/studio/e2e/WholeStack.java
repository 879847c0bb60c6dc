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
            freshDataKeepingKeycloak(data);
            // SMS quiet hours off: the suite's tests run at any hour (the quiet hours have their own tests); a short
            // lease so that a killed instance's claims are taken over within the crash test's patience
            stack = LocalStack.start(SuiteLayout.locate(), StackPorts.random(), data, true,
                    java.util.Map.of("studio.sms.quiet-hours.start", "00:00", "studio.sms.quiet-hours.end", "00:00",
                            "studio.delivery.lease", "20s", "studio.delivery.send-timeout", "5s"));
            System.out.println("end-to-end stack ready in " + stack.startTime().toMillis() + " ms");
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        }
        return stack;
    }

    static io.restassured.specification.RequestSpecification as(String user) {
        return given().baseUri(get().gatewayUrl()).header("Authorization", "Bearer " + token(user))
                .contentType(io.restassured.http.ContentType.JSON);
    }

    /** Through the gateway: a draft with the complete sample form, 3 photos and the recommendation material. */
    static String readyDraft(String user, String campaign) {
        return readyDraft(user, campaign, null, null);
    }

    /** As {@link #readyDraft(String, String)}, with another leader and recommending unit when given. */
    static String readyDraft(String user, String campaign, String leader, String recommenderOrg) {
        try {
            String form = new String(WholeStack.class.getResourceAsStream("/complete-form.json").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (leader != null || recommenderOrg != null) {
                var json = new com.fasterxml.jackson.databind.ObjectMapper();
                var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(form);
                if (leader != null) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("leader")).put("name", leader);
                }
                if (recommenderOrg != null) {
                    tree.put("recommenderOrgId", recommenderOrg);
                }
                form = json.writeValueAsString(tree);
            }
            String app = as(user).body("{\"campaignId\":\"" + campaign + "\",\"form\":" + form + "}")
                    .post("/api/v1/applications").then().statusCode(201).extract().path("id");
            byte[] jpeg = jpeg();
            for (String kind : java.util.List.of("PHOTO", "PHOTO", "PHOTO", "RECOMMENDATION_LETTER")) {
                var started = as(user).body(java.util.Map.of("kind", kind, "fileName", kind.toLowerCase() + ".jpg"))
                        .post("/api/v1/applications/" + app + "/attachments").then().statusCode(201).extract();
                putFile(started.path("uploadUrl"), jpeg, "image/jpeg");
                as(user).post("/api/v1/applications/" + app + "/attachments/" + started.path("id") + "/complete")
                        .then().statusCode(200);
            }
            return app;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A real JPEG: the services decode what they store (platform-media), magic bytes alone are refused. */
    static byte[] jpeg() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "jpeg", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** PUTs a file to a presigned upload URL, as a browser would. */
    static void putFile(String url, byte[] bytes, String type) {
        try {
            var put = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(url)).header("Content-Type", type)
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() != 200) {
                throw new AssertionError("presigned PUT: " + put.statusCode() + " " + put.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The campaign the demo seed opened (other tests open campaigns of their own). */
    static String demoCampaign() {
        java.util.List<java.util.Map<String, Object>> campaigns = given().baseUri(get().gatewayUrl())
                .get("/api/v1/public/campaigns").then().statusCode(200).extract().jsonPath().getList("$");
        return campaigns.stream().filter(c -> String.valueOf(c.get("title")).matches("\\d{4}年职工创新工作室创建活动"))
                .map(c -> (String) c.get("id")).findFirst().orElseThrow(() -> new AssertionError("no demo campaign"));
    }

    /** Each run starts from empty servers; Keycloak's unpacked home (and its imported realm) is reused. */
    private static void freshDataKeepingKeycloak(Path data) {
        try (var entries = java.nio.file.Files.list(data)) {
            for (Path p : entries.filter(p -> !p.getFileName().toString().equals("keycloak")).toList()) {
                try (var walk = java.nio.file.Files.walk(p)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // first run
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A real access token from Keycloak by the password grant (the SPA client allows it in the local realm). */
    static String token(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "studio-spa")
                .formParam("username", user).formParam("password", user)
                .when().post(get().keycloak().tokenUrl())
                .then().statusCode(200).extract().path("access_token");
    }
}
