package cn.studio.notification.recipient;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/** Keycloak's admin REST API, called as the {@code studio-services} service account (view-users, query-users). */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter
@Path("/admin/realms/{realm}")
public interface KeycloakAdminClient {

    record User(String username, String firstName, String lastName, String email, Boolean enabled,
                Map<String, List<String>> attributes) {
    }

    @GET
    @Path("/roles/{role}/users")
    List<User> usersWithRole(@PathParam("realm") String realm, @PathParam("role") String role,
                             @QueryParam("first") int first, @QueryParam("max") int max,
                             @QueryParam("briefRepresentation") boolean brief);

    @GET
    @Path("/users")
    List<User> usersNamed(@PathParam("realm") String realm, @QueryParam("username") String username,
                          @QueryParam("exact") boolean exact);
}
