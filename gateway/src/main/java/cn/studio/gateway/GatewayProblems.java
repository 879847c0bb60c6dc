package cn.studio.gateway;

import cn.studio.platform.problem.Problem;
import cn.studio.platform.web.RequestIds;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** problem+json answers the gateway gives itself (the services give their own). */
final class GatewayProblems {
    private GatewayProblems() {
    }

    static void send(RoutingContext ctx, int status, String code, String title, String detail) {
        Problem problem = new Problem(Problem.typeFor(code), title, status, detail, ctx.request().path(), code,
                ctx.request().getHeader(RequestIds.HEADER), List.of());
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
    }

    static void tooManyRequests(RoutingContext ctx, long retryAfterSeconds) {
        ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        send(ctx, 429, "TOO_MANY_REQUESTS", "请求过于频繁", "请求过于频繁，请 " + retryAfterSeconds + " 秒后再试");
    }
}
