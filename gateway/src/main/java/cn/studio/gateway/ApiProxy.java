package cn.studio.gateway;

import cn.studio.platform.web.RequestIds;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * Proxies {@code /api/v1/**} to the owning service: bodies stream through untouched both ways, status codes and
 * headers come back unchanged (less hop-by-hop ones), the bearer token (already checked by the HTTP security layer)
 * is passed on, a request id is attached.
 * <p>
 * Built for the hot path. It runs on the event loop that accepted the request, and each event loop has its own
 * {@link HttpClient}: a pooled connection belongs to the event loop that opened it, and one client shared by every
 * loop hands a request on loop A a connection of loop B, so every response event would hop threads (a task queue
 * and a wake-up per chunk). Response chunks that arrive in one pass of the event loop are written together, so a
 * 100 KB body leaves in a few socket writes rather than one per 8 KB chunk.
 */
@ApplicationScoped
public class ApiProxy {
    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    VerifiedTokens verifiedTokens;

    @Inject
    RateLimits rateLimits;

    private RouteTable table;
    private long timeoutMillis;
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();
    private volatile HttpClient offLoopClient;

    void routes(@Observes Router router) {
        table = new RouteTable(config.routes(), config.services());
        timeoutMillis = config.timeout().toMillis();
        // after the HTTP security filters (authorization runs at order -100): only checked requests are proxied
        router.route(RouteTable.API_ROOT + "*").order(-99).handler(this::proxy);
    }

    void close(@Observes ShutdownEvent event) {
        clients.values().forEach(HttpClient::close);
        clients.clear();
        if (offLoopClient != null) {
            offLoopClient.close();
        }
    }

    RouteTable table() {
        return table;
    }

    private void proxy(RoutingContext ctx) {
        // a token verified just now (not one remembered: FrontDoor counted that one already) counts for its subject
        String freshSubject = verifiedTokens.rememberVerified(ctx);
        if (freshSubject != null && rateLimits.enabled()) {
            long wait = rateLimits.userRequest(freshSubject);
            if (wait > 0) {
                GatewayProblems.tooManyRequests(ctx, wait);
                return;
            }
        }
        HttpServerRequest request = ctx.request();
        RouteTable.Origin origin = table.route(request.path());
        if (origin == null) {
            GatewayProblems.send(ctx, 404, "NO_SUCH_RESOURCE", "未找到", "没有服务提供 " + request.path());
            return;
        }
        boolean hasBody = hasBody(request);
        if (hasBody) {
            request.pause();
        }
        RequestOptions options = new RequestOptions()
                .setServer(origin.address())
                .setHost(origin.host())
                .setPort(origin.port())
                .setMethod(request.method())
                .setURI(request.uri())
                .setIdleTimeout(timeoutMillis);
        client().request(options).onComplete(ar -> {
            if (ar.succeeded()) {
                new Exchange(ctx, ar.result(), hasBody).start();
            } else {
                if (hasBody) {
                    request.resume();
                }
                failBeforeResponse(ctx, ar.cause());
            }
        });
    }

    /** The client of the current event loop (created on first use), so the exchange never leaves this thread. */
    private HttpClient client() {
        Thread thread = Thread.currentThread();
        HttpClient client = clients.get(thread);
        if (client != null) {
            return client;
        }
        if (Context.isOnEventLoopThread()) {
            return clients.computeIfAbsent(thread, t -> newClient());
        }
        synchronized (this) {
            if (offLoopClient == null) {
                offLoopClient = newClient();
            }
            return offLoopClient;
        }
    }

    private HttpClient newClient() {
        return vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout(5000)
                        .setIdleTimeout(90)
                        .setKeepAlive(true)
                        .setTcpNoDelay(true)
                        // a body arrives in pieces of up to 64 KB (one socket read), not 8 KB (the default)
                        .setMaxChunkSize(64 * 1024),
                new PoolOptions().setHttp1MaxSize(config.connectionsPerEventLoop()));
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !"0".equals(length);
        }
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static void failBeforeResponse(RoutingContext ctx, Throwable cause) {
        HttpServerResponse response = ctx.response();
        if (response.closed() || response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.reset();
            return;
        }
        if (cause instanceof TimeoutException) {
            GatewayProblems.send(ctx, 504, "GATEWAY_TIMEOUT", "服务响应超时",
                    "服务未在时限内响应 " + ctx.request().path());
        } else {
            LOG.debugf(cause, "no answer from the service for %s", ctx.request().path());
            GatewayProblems.send(ctx, 502, "BAD_GATEWAY", "服务暂不可用", "无法连接提供 " + ctx.request().path() + " 的服务");
        }
    }

    /** One proxied request: the service's request and response, and the chunks not yet written to the caller. */
    private final class Exchange {
        private final RoutingContext ctx;
        private final HttpServerRequest request;
        private final HttpServerResponse response;
        private final HttpClientRequest upstream;
        private final boolean hasBody;
        private final Context context;
        private HttpClientResponse upstreamResponse;
        /** Chunks received since the last write: usually one, so the list is only made for a second. */
        private Buffer pending;
        private List<ByteBuf> morePending;
        private boolean writeScheduled;
        /** An HTTP/1.0 caller and a body of unknown length: the whole body is sent at the end, with its length. */
        private boolean holdUntilEnd;
        private boolean done;

        Exchange(RoutingContext ctx, HttpClientRequest upstream, boolean hasBody) {
            this.ctx = ctx;
            this.request = ctx.request();
            this.response = ctx.response();
            this.upstream = upstream;
            this.hasBody = hasBody;
            this.context = Vertx.currentContext();
        }

        void start() {
            MultiMap out = upstream.headers();
            for (Map.Entry<String, String> header : request.headers()) {
                String name = header.getKey();
                if (!HopByHop.isHopByHop(name) && !HopByHop.is(name, "host") && !HopByHop.is(name, "forwarded")) {
                    out.add(name, header.getValue());
                }
            }
            out.set("X-Forwarded-Host", String.valueOf(request.authority()));
            out.set("X-Forwarded-Proto", request.scheme());
            // the caller went away: drop the service's exchange too (its connection is not reused half-read)
            response.exceptionHandler(t -> upstream.reset(0L, t));
            upstream.exceptionHandler(t -> {
                // reported through the response future (before the answer) or the response stream (during it)
            });
            upstream.response().onComplete(this::onResponse);
            if (!hasBody) {
                upstream.end();
                return;
            }
            if (!out.contains(HttpHeaders.CONTENT_LENGTH)) {
                upstream.setChunked(true);
            }
            request.pipe().endOnFailure(false).to(upstream, ar -> {
                if (ar.failed()) {
                    upstream.reset(0L, ar.cause());
                }
            });
        }

        private void onResponse(AsyncResult<HttpClientResponse> ar) {
            if (ar.failed()) {
                if (hasBody) {
                    request.resume();
                }
                failBeforeResponse(ctx, ar.cause());
                return;
            }
            HttpClientResponse in = ar.result();
            upstreamResponse = in;
            int status = in.statusCode();
            response.setStatusCode(status);
            MultiMap out = response.headers();
            for (Map.Entry<String, String> header : in.headers()) {
                String name = header.getKey();
                if (!HopByHop.isHopByHop(name) && !HopByHop.is(name, RequestIds.HEADER)) {
                    out.add(name, header.getValue());
                }
            }
            if (!out.contains(HttpHeaders.DATE)) {
                out.set(HttpHeaders.DATE, HttpDate.now());
            }
            boolean bodyless = request.method() == HttpMethod.HEAD || status < 200 || status == 204 || status == 304;
            if (!bodyless && !out.contains(HttpHeaders.CONTENT_LENGTH)) {
                if (request.version() == HttpVersion.HTTP_1_0) {
                    holdUntilEnd = true;
                } else {
                    response.setChunked(true);
                }
            }
            in.handler(this::onChunk);
            in.endHandler(v -> onEnd());
            in.exceptionHandler(this::onUpstreamFailure);
        }

        private void onChunk(Buffer chunk) {
            if (done) {
                return;
            }
            if (pending == null) {
                pending = chunk;
            } else {
                if (morePending == null) {
                    morePending = new ArrayList<>(8);
                }
                morePending.add(chunk.getByteBuf());
            }
            if (!writeScheduled && !holdUntilEnd) {
                writeScheduled = true;
                // runs once this pass of the event loop has read what the service sent so far
                context.runOnContext(v -> writePending());
            }
        }

        private Buffer takePending() {
            Buffer first = pending;
            if (first == null || morePending == null) {
                pending = null;
                return first;
            }
            ByteBuf[] parts = new ByteBuf[morePending.size() + 1];
            parts[0] = first.getByteBuf();
            for (int i = 0; i < morePending.size(); i++) {
                parts[i + 1] = morePending.get(i);
            }
            pending = null;
            morePending = null;
            @SuppressWarnings("deprecation")
            Buffer joined = Buffer.buffer(Unpooled.wrappedBuffer(parts));
            return joined;
        }

        private void writePending() {
            writeScheduled = false;
            if (done || pending == null) {
                return;
            }
            response.write(takePending());
            if (response.writeQueueFull()) {
                upstreamResponse.pause();
                response.drainHandler(v -> upstreamResponse.resume());
            }
        }

        private void onEnd() {
            if (done) {
                return;
            }
            done = true;
            Buffer rest = takePending();
            if (rest == null) {
                response.end();
            } else {
                response.end(rest);
            }
        }

        private void onUpstreamFailure(Throwable cause) {
            if (done) {
                return;
            }
            done = true;
            pending = null;
            morePending = null;
            if (!response.headWritten()) {
                // nothing has left yet: drop what was copied from the service (not the gateway's own CORS headers)
                for (String name : upstreamResponse.headers().names()) {
                    response.headers().remove(name);
                }
                response.headers().remove(HttpHeaders.DATE);
            }
            failBeforeResponse(ctx, cause);
        }
    }

    /** Headers that describe one connection, not the message: never passed on (RFC 9110, 7.6.1). */
    static final class HopByHop {
        private HopByHop() {
        }

        static boolean isHopByHop(String name) {
            switch (name.length()) {
                case 2:
                    return is(name, "te");
                case 7:
                    return is(name, "trailer") || is(name, "upgrade");
                case 10:
                    return is(name, "connection") || is(name, "keep-alive");
                case 16:
                    return is(name, "proxy-connection");
                case 17:
                    return is(name, "transfer-encoding");
                case 18:
                    return is(name, "proxy-authenticate");
                case 19:
                    return is(name, "proxy-authorization");
                default:
                    return false;
            }
        }

        static boolean is(String name, String lowerCase) {
            return name.length() == lowerCase.length() && name.regionMatches(true, 0, lowerCase, 0, lowerCase.length());
        }
    }

    /** The {@code Date} header for answers whose service sent none, formatted once a second. */
    static final class HttpDate {
        private HttpDate() {
        }

        private static final DateTimeFormatter IMF_FIXDATE =
                DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
        private static volatile Stamp stamp = new Stamp(-1, null);

        private record Stamp(long second, String value) {
        }

        static String now() {
            long now = System.currentTimeMillis() / 1000;
            Stamp current = stamp;
            if (current.second() != now) {
                current = new Stamp(now, IMF_FIXDATE.format(Instant.ofEpochSecond(now)));
                stamp = current;
            }
            return current.value();
        }
    }
}
