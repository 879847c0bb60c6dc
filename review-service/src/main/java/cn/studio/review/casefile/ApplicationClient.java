package cn.studio.review.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * application-service's read API, called with review-service's own client-credentials token (Keycloak client
 * {@code studio-services}, realm role {@code service}), never with the reviewer's: review-service decides who sees a
 * case, application-service trusts the service to have decided.
 */
@RegisterRestClient(configKey = "application-service")
@OidcClientFilter
@Path("/api/v1/applications")
public interface ApplicationClient {
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode application(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode attachments(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/attachments/{attachmentId}/download")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId);

    @GET
    @Path("/{id}/form")
    @Produces("application/pdf")
    byte[] printable(@PathParam("id") UUID id);
}
