package cn.studio.gateway;

import cn.studio.platform.web.RequestIds;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every request meets first, before CORS, security and routing: a request id (so that even a refused request
 * has one in the log and the answer), the access log, security headers on every answer ({@code nosniff},
 * {@code Referrer-Policy}, HSTS when the request came over TLS, here or at a trusted proxy), the path rule ({@link PathRule}: 400 for a path not in normal
 * form), the CORS origin check (403 problem+json) and, on {@code /api/v1/**}, the rate limit ({@link RateLimits}:
 * 429 with {@code Retry-After}).
 * <p>
 * The rate limit runs here, before a token is verified, for everything it can decide without verifying one: public
 * paths (per IP), requests without a token or with one not verified before (per IP: verification is the gateway's
 * most expensive step), and requests with a token verified before (per subject). A token verified for the first time
 * is counted for its subject by {@link ApiProxy} once OIDC has accepted it.
 */
@ApplicationScoped
public class FrontDoor {
    private static final int PUBLIC_LENGTH = RouteTable.PUBLIC_ROOT.length();
    private static final String CHALLENGE = "WWW-Authenticate";
    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";
    private static final CharSequence NOSNIFF_HEADER = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_HEADER = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence HSTS_HEADER = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence HSTS = HttpHeaders.createOptimized("max-age=31536000");

    @Inject
    AccessLog accessLog;

    @Inject
    RateLimits rateLimits;

    @Inject
    VerifiedTokens verifiedTokens;

    @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false")
    boolean corsEnabled;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> corsOrigins;

    private Origins origins;

    void register(@Observes Filters filters) {
        origins = Origins.of(corsEnabled, corsOrigins.orElse(List.of()));
        filters.register(this::enter, 1000);
    }

    private void enter(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String offered = request.getHeader(RequestIds.HEADER);
        String id = RequestIdRule.acceptOrCreate(offered);
        if (id != offered) {
            request.headers().set(RequestIds.HEADER, id);
        }
        MDC.put("requestId", id);
        if (accessLog.enabled()) {
            accessLog.begin(ctx, id);
        }
        ctx.addHeadersEndHandler(v -> {
            HttpServerResponse response = ctx.response();
            MultiMap headers = response.headers();
            headers.set(RequestIds.HEADER, id);
            // on every answer, the service's or the gateway's own (a service's own value is kept)
            if (!headers.contains(NOSNIFF_HEADER)) {
                headers.add(NOSNIFF_HEADER, NOSNIFF);
            }
            if (!headers.contains(REFERRER_HEADER)) {
                headers.add(REFERRER_HEADER, NO_REFERRER);
            }
            if ("https".equals(request.scheme()) && !headers.contains(HSTS_HEADER)) {
                headers.add(HSTS_HEADER, HSTS);
            }
            // a 401 is answered by a problem+json body; the challenge belongs beside it (RFC 6750)
            if (response.getStatusCode() == 401) {
                String challenge = response.headers().get(CHALLENGE);
                if (challenge == null || "Bearer".equals(challenge)) {
                    response.headers().set(CHALLENGE,
                            request.headers().contains(HttpHeaders.AUTHORIZATION) ? INVALID_TOKEN : "Bearer");
                }
            }
        });

        String refusal = PathRule.refusal(request.uri());
        if (refusal != null) {
            GatewayProblems.send(ctx, 400, "PATH_NOT_NORMALISED", "请求路径不规范", refusal);
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && origins != null && !origins.allows(origin, request)) {
            GatewayProblems.send(ctx, 403, "ORIGIN_NOT_ALLOWED", "来源不被允许", "不允许来自 " + origin + " 的跨域请求");
            return;
        }
        if (rateLimits.enabled() && request.path().startsWith(RouteTable.API_ROOT)) {
            long wait = admit(ctx, request);
            if (wait > 0) {
                GatewayProblems.tooManyRequests(ctx, wait);
                return;
            }
        }
        ctx.next();
    }

    /** 0, or the seconds the client has to wait. */
    private long admit(RoutingContext ctx, HttpServerRequest request) {
        if (isPublic(request.path())) {
            return rateLimits.publicRequest(clientIp(request));
        }
        if (request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            String subject = verifiedTokens.recall(ctx);
            if (subject != null) {
                return rateLimits.userRequest(subject);
            }
        }
        return rateLimits.anonymousRequest(clientIp(request));
    }

    /**
     * The origins Quarkus's CORS filter lets through (the configured list and the gateway's own), checked first so
     * that a refusal is problem+json: Quarkus's own is an empty 403. {@code null} (not checked here) when CORS is off
     * or the list holds a wildcard or a pattern, which only Quarkus's filter interprets.
     */
    record Origins(Set<String> allowed) {
        static Origins of(boolean enabled, List<String> configured) {
            if (!enabled || configured.isEmpty() || configured.stream().anyMatch(o -> o.contains("*") || o.startsWith("/"))) {
                return null;
            }
            return new Origins(Set.copyOf(configured));
        }

        boolean allows(String origin, HttpServerRequest request) {
            return allowed.contains(origin) || sameOrigin(origin, request);
        }

        private static boolean sameOrigin(String origin, HttpServerRequest request) {
            if (request.authority() == null) {
                return false;
            }
            String scheme = request.scheme();
            try {
                URI uri = URI.create(origin);
                return scheme.equalsIgnoreCase(uri.getScheme())
                        && request.authority().host().equalsIgnoreCase(uri.getHost())
                        && port(scheme, request.authority().port()) == port(uri.getScheme(), uri.getPort());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static int port(String scheme, int port) {
            return port > 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
        }
    }

    static boolean isPublic(String path) {
        return path.startsWith(RouteTable.PUBLIC_ROOT)
                && (path.length() == PUBLIC_LENGTH || path.charAt(PUBLIC_LENGTH) == '/');
    }

    /**
     * The caller's address: the TCP peer, or the address a trusted proxy forwarded when
     * {@code quarkus.http.proxy.proxy-address-forwarding} and {@code trusted-proxies} say so.
     */
    private static String clientIp(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null ? "-" : remote.hostAddress();
    }
}
