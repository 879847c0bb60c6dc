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
}
