package cn.studio.platform.web;

import io.vertx.core.http.HttpServerRequest;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request carries an id from the gateway ({@code X-Request-Id}), or gets one here; it is logged with every
 * line written for the request and echoed in the response, so one id finds a request across all logs.
 */
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** A caller's id is kept if it is harmless to log; otherwise a fresh one replaces it. */
    public static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    @ServerRequestFilter(preMatching = true)
    public void assign(HttpServerRequest request) {
        String id = acceptOrCreate(request.getHeader(HEADER));
        request.headers().set(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response, HttpServerRequest request) {
        response.getHeaders().putSingle(HEADER, request.getHeader(HEADER));
    }
}
