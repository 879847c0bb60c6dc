package cn.studio.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A stand-in for the services behind the gateway: answers with what reached it, so tests see what was proxied. */
public class EchoBackend implements QuarkusTestResourceLifecycleManager {
    private HttpServer server;
    private ExecutorService executor;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            executor = Executors.newFixedThreadPool(4); // a slow answer holds up no other
            server.setExecutor(executor);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                    sleep(3000); // a service that stays silent (UpstreamTimeoutTest gives the gateway 1 s)
                }
                byte[] body = exchange.getRequestBody().readAllBytes();
                String json = "{\"method\":\"" + exchange.getRequestMethod() + "\","
                        + "\"uri\":\"" + exchange.getRequestURI() + "\","
                        + "\"authorization\":\"" + header(exchange, "Authorization") + "\","
                        + "\"requestId\":\"" + header(exchange, "X-Request-Id") + "\","
                        + "\"forwardedHost\":\"" + header(exchange, "X-Forwarded-Host") + "\","
                        + "\"bodyLength\":" + body.length + ","
                        + "\"bodySha256\":\"" + sha256(body) + "\"}";
                byte[] out = json.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.getResponseHeaders().set("X-Request-Id", header(exchange, "X-Request-Id"));
                exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/teapot") ? 418 : 200, out.length);
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(out);
                }
            }
        });
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        // what a service's /q/openapi looks like: its own address as server, Keycloak's URLs in the OAuth2 scheme
        server.createContext("/q/openapi", exchange -> {
            try (exchange) {
                OPENAPI_REQUESTS.incrementAndGet();
                byte[] out = openApiDocument(url).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, out.length);
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(out);
                }
            }
        });
        server.start();
        return Map.of("studio.gateway.services.application", url,
                "studio.gateway.services.review", url,
                "studio.gateway.services.lifecycle", url,
                "studio.gateway.services.notification", url);
    }

    /** How often a document was asked for (all four services are this one backend). */
    static final java.util.concurrent.atomic.AtomicInteger OPENAPI_REQUESTS = new java.util.concurrent.atomic.AtomicInteger();

    static final String KEYCLOAK_TOKEN_URL = "http://127.0.0.1:8180/realms/studio/protocol/openid-connect/token";
    static final String KEYCLOAK_AUTH_URL = "http://127.0.0.1:8180/realms/studio/protocol/openid-connect/auth";

    static String openApiDocument(String ownUrl) {
        return """
                {"openapi":"3.1.0","info":{"title":"echo-service","version":"1.0.0",
                  "description":"Health at %1$s/q/health"},
                 "servers":[{"url":"%1$s"}],
                 "paths":{"/api/v1/applications":{"servers":[{"url":"%1$s/api"}],
                   "get":{"servers":[{"url":"%1$s"}],"responses":{"200":{"description":"OK"}},
                          "security":[{"bearer":[]},{"oidc":[]}]}}},
                 "components":{"securitySchemes":{
                   "bearer":{"type":"http","scheme":"bearer","bearerFormat":"JWT"},
                   "oidc":{"type":"oauth2","flows":{"authorizationCode":{"authorizationUrl":"%2$s","tokenUrl":"%3$s","scopes":{}}}}}}}
                """.formatted(ownUrl, KEYCLOAK_AUTH_URL, KEYCLOAK_TOKEN_URL);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(com.sun.net.httpserver.HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
