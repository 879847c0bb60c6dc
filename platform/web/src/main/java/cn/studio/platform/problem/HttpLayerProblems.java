package cn.studio.platform.problem;

import cn.studio.platform.web.RequestIds;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Errors the HTTP layer raises before any resource runs leave as problem+json too. A body over
 * {@code quarkus.http.limits.max-body-size} is refused on its declared length, before it is read (ahead of Quarkus's
 * own check, which answers a bare 413); a route failed with 413 gets the same body. A chunked body without a declared
 * length is cut off by RESTEasy Reactive while reading, with a bare 413 that cannot be reached from here.
 */
@ApplicationScoped
public class HttpLayerProblems {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    io.quarkus.runtime.configuration.MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseDeclaredOversize);
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                tooLarge(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private void refuseDeclaredOversize(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodySize.asLongValue()) {
            ctx.response().putHeader("Connection", "close");
            tooLarge(ctx);
        } else {
            ctx.next();
        }
    }

    private void tooLarge(RoutingContext ctx) {
        long limitKb = maxBodySize.asLongValue() / 1024;
        Problem problem = new Problem(Problem.typeFor("PAYLOAD_TOO_LARGE"), "请求内容过大", 413,
                "请求内容超过 " + limitKb + " KB 的上限；附件请通过上传地址直接上传到对象存储", ctx.request().path(),
                "PAYLOAD_TOO_LARGE", requestId(ctx), List.of());
        ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
    }

    private static String requestId(RoutingContext ctx) {
        String id = RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.response().putHeader(RequestIds.HEADER, id);
        return id;
    }
}
