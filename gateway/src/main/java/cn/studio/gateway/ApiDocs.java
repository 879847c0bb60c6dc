package cn.studio.gateway;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * The services' API documents, through the gateway: {@code /api/docs/} is one Swagger UI (Quarkus's swagger-ui
 * assets, configured in application.properties) whose selector lists the services; each document is fetched here,
 * from the service's {@code /q/openapi}, and given the gateway's public address as its only server, so "Try it out"
 * and generated clients call the gateway, never a service. {@code /api/docs/index.json} lists the documents (and
 * {@code /api/docs} does for a client that does not ask for HTML).
 * <p>
 * The OAuth2 scheme in each document comes from the service (platform's {@code TokenSecurityFilter}: Keycloak's
 * authorization and token URLs, from {@code studio.openapi.auth-server-url} where browsers reach Keycloak at another
 * address than the services do).
 */
@ApplicationScoped
public class ApiDocs {
    static final String ROOT = "/api/docs";
    private static final Logger LOG = Logger.getLogger(ApiDocs.class);
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    private volatile HttpClient client;

    /** How long a fetched document is served before it is fetched again. */
    static final Duration KEEP = Duration.ofSeconds(10);

    private record Fetched(String document, long atNanos) {
    }

    private final Map<String, Fetched> fetched = new ConcurrentHashMap<>();

    void routes(@Observes Router router) {
        // ahead of the Swagger UI's static files (after the security filters, which these public paths skip)
        router.get(ROOT).order(-10).handler(this::bare);
        router.get(ROOT + "/index.json").order(-10).handler(this::index);
        // {service} alone: the address of the earlier index, kept for the clients that know it
        router.getWithRegex(ROOT + "/([a-z0-9-]+)(?:/openapi\\.json)?").order(-10).handler(this::document);
    }

    /** A browser gets the UI ({@code /api/docs/}), a program the index (as {@code /api/docs} answered before). */
    private void bare(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        // Vert.x matches /api/docs/ here too: that one is always the UI
        if (ctx.request().path().endsWith("/") || accept != null && accept.contains("text/html")) {
            ctx.next();
        } else {
            index(ctx);
        }
    }

    void close(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
        }
    }

    static String documentPath(String service) {
        return ROOT + "/" + service + "/openapi.json";
    }

    private void index(RoutingContext ctx) {
        JsonArray documents = new JsonArray();
        new TreeMap<>(config.services()).keySet().forEach(service -> documents.add(new JsonObject()
                .put("service", service)
                .put("openapi", documentPath(service))
                .put("ui", ROOT + "/?urls.primaryName=" + service)));
        ctx.response().putHeader("Content-Type", "application/json").end(documents.encode());
    }

    private void document(RoutingContext ctx) {
        String service = ctx.pathParam("param0");
        String base = config.services().get(service);
        if (base == null) {
            GatewayProblems.send(ctx, 404, "NO_SUCH_SERVICE", "未找到", "没有名为 " + service + " 的服务");
            return;
        }
        String publicBase = publicBase(ctx);
        fetch(service, base)
                .onSuccess(document -> ctx.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-cache")
                        .end(forGateway(document, publicBase, config.services().values())))
                .onFailure(cause -> {
                    LOG.debugf(cause, "no OpenAPI document from %s", service);
                    if (cause instanceof TimeoutException) {
                        GatewayProblems.send(ctx, 504, "GATEWAY_TIMEOUT", "服务响应超时", "服务 " + service + " 未在时限内返回接口文档");
                    } else {
                        GatewayProblems.send(ctx, 502, "BAD_GATEWAY", "服务暂不可用", "无法取得服务 " + service + " 的接口文档");
                    }
                });
    }

    /**
     * The service's document as it sent it, fetched at most once per {@link #KEEP} per service: anyone may ask for
     * the documents, and each is a few hundred KB the service builds and the gateway parses.
     */
    private Future<String> fetch(String service, String base) {
        Fetched kept = fetched.get(service);
        if (kept != null && System.nanoTime() - kept.atNanos() < KEEP.toNanos()) {
            return Future.succeededFuture(kept.document());
        }
        RouteTable.Origin origin = RouteTable.Origin.of(URI.create(base));
        return client().request(new RequestOptions().setMethod(HttpMethod.GET).setHost(origin.host()).setPort(origin.port())
                        .setURI("/q/openapi?format=json").setIdleTimeout(config.timeout().toMillis()))
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("the service answered " + response.statusCode()))
                .map(body -> {
                    String document = body.toString(StandardCharsets.UTF_8);
                    fetched.put(service, new Fetched(document, System.nanoTime()));
                    return document;
                });
    }

    /** {@code studio.gateway.public-url}, or the scheme and host the request came to. */
    private String publicBase(RoutingContext ctx) {
        String base = config.publicUrl().orElseGet(() -> ctx.request().scheme() + "://" + ctx.request().authority());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * A service's document as the gateway serves it: the gateway as its one server (any servers of its own, on the
     * document, a path or an operation, removed), and any service address named in it replaced by the gateway's.
     */
    static String forGateway(String document, String publicBase, Collection<String> serviceBases) {
        String text = document;
        for (String base : serviceBases) {
            String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            text = text.replace(trimmed, publicBase);
        }
        JsonObject openapi = new JsonObject(text);
        openapi.put("servers", new JsonArray().add(new JsonObject().put("url", publicBase)
                .put("description", "网关（唯一入口）/ the gateway, the one entry point")));
        JsonObject paths = openapi.getJsonObject("paths");
        if (paths != null) {
            for (Map.Entry<String, Object> path : paths) {
                if (path.getValue() instanceof JsonObject item) {
                    item.remove("servers");
                    for (Map.Entry<String, Object> operation : item) {
                        if (OPERATIONS.contains(operation.getKey()) && operation.getValue() instanceof JsonObject o) {
                            o.remove("servers");
                        }
                    }
                }
            }
        }
        return openapi.encode();
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5000).setKeepAlive(false));
                }
                c = client;
            }
        }
        return c;
    }
}
