package cn.studio.gateway;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** One place to find every service's OpenAPI document (third-party front ends generate clients from them). */
@Path("/api/docs")
public class ApiDocsResource {
    @Inject
    GatewayConfig config;

    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    private io.vertx.mutiny.ext.web.client.WebClient client;

    private synchronized io.vertx.mutiny.ext.web.client.WebClient client() {
        if (client == null) {
            client = io.vertx.mutiny.ext.web.client.WebClient.create(vertx);
        }
        return client;
    }

    public record ServiceDoc(String service, String openapi, String swaggerUi) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "各服务的 OpenAPI 文档索引 / index of every service's OpenAPI document")
    public List<ServiceDoc> index() {
        return config.services().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(s -> new ServiceDoc(s.getKey(), "/api/docs/" + s.getKey(), s.getValue() + "/q/swagger-ui"))
                .toList();
    }

    @GET
    @Path("{service}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "一个服务的 OpenAPI 文档 / one service's OpenAPI document")
    public Uni<Response> document(@PathParam("service") String service) {
        String base = config.services().get(service);
        if (base == null) {
            throw cn.studio.platform.problem.ProblemException.notFound("服务 " + service);
        }
        URI uri = URI.create(base);
        return client()
                .get(uri.getPort(), uri.getHost(), "/q/openapi?format=json").send()
                .map(r -> Response.status(r.statusCode()).type(MediaType.APPLICATION_JSON).entity(r.bodyAsString()).build());
    }
}
