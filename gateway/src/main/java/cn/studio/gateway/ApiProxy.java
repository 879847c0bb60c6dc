package cn.studio.gateway;

import cn.studio.platform.web.RequestIds;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.MDC;

import java.net.URI;

/**
 * Proxies {@code /api/v1/**} to the owning service with Vert.x's reverse proxy: bodies stream through untouched,
 * the bearer token (already checked by the HTTP security layer) is passed on, a request id is attached.
 */
@ApplicationScoped
public class ApiProxy {
    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    private RouteTable table;
    private HttpClient client;

    /** Runs before security and routing, so that even a refused request has an id in the log and the response. */
    void requestIds(@Observes Filters filters) {
        filters.register(ctx -> {
            String id = RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
            ctx.request().headers().set(RequestIds.HEADER, id);
            MDC.put("requestId", id);
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, id));
            ctx.next();
        }, 1000);
    }

    void routes(@Observes Router router) {
        table = new RouteTable(config.routes(), config.services());
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(5000)
                .setIdleTimeout(90)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(64));
        HttpProxy proxy = HttpProxy.reverseProxy(client).originSelector(this::origin);
        router.route(RouteTable.API_ROOT + "*").order(-100).handler(this::requireOwner);
        router.route(RouteTable.API_ROOT + "*").order(-99).handler(ProxyHandler.create(proxy));
    }

    private void requireOwner(RoutingContext ctx) {
        if (table.originFor(ctx.request().path()).isPresent()) {
            ctx.request().headers().remove("Forwarded");
            ctx.request().headers().set("X-Forwarded-Host", String.valueOf(ctx.request().authority()));
            ctx.request().headers().set("X-Forwarded-Proto", ctx.request().scheme());
            ctx.next();
        } else {
            GatewayProblems.send(ctx, 404, "NO_SUCH_RESOURCE", "未找到", "没有服务提供 " + ctx.request().path());
        }
    }

    private Future<SocketAddress> origin(io.vertx.core.http.HttpServerRequest request) {
        return table.originFor(request.path())
                .map(uri -> Future.succeededFuture(SocketAddress.inetSocketAddress(port(uri), uri.getHost())))
                .orElseGet(() -> Future.failedFuture("no route"));
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    RouteTable table() {
        return table;
    }
}
