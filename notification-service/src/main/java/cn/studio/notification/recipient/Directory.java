package cn.studio.notification.recipient;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Users by role and organisation, or by user name, from Keycloak as the directory. A role's members are cached for a while
 * ({@code quarkus.cache.caffeine."directory-role".expire-after-write}), so a burst of events costs one call.
 */
@ApplicationScoped
public class Directory {
    private static final int PAGE = 200;

    @Inject
    @RestClient
    KeycloakAdminClient keycloak;

    @ConfigProperty(name = "studio.directory.realm", defaultValue = "studio")
    String realm;

    public List<Recipient> withRole(String role, String org) {
        return members(role).stream().filter(r -> org == null || org.equals(r.org())).toList();
    }

    @CacheResult(cacheName = "directory-role")
    public List<Recipient> members(String role) {
        // Keycloak answers a page with attributes in time proportional to its users (~8–10 ms each on the bench's host;
        // reading pages in parallel did not help there: it is Keycloak's CPU), so a cold role of thousands takes a while
        List<Recipient> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<KeycloakAdminClient.User> page = keycloak.usersWithRole(realm, role, first, PAGE, false);
            page.stream().filter(u -> !Boolean.FALSE.equals(u.enabled())).map(Directory::toRecipient).forEach(all::add);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    /** The enabled user with this user name, if there is one (cached like a role's members). */
    @CacheResult(cacheName = "directory-user")
    public Optional<Recipient> user(String username) {
        return keycloak.usersNamed(realm, username, true).stream()
                .filter(u -> username.equals(u.username()) && !Boolean.FALSE.equals(u.enabled()))
                .map(Directory::toRecipient).findFirst();
    }

    private static Recipient toRecipient(KeycloakAdminClient.User u) {
        String name = (Objects.toString(u.firstName(), "") + Objects.toString(u.lastName(), "")).trim();
        return new Recipient(u.username(), name.isEmpty() ? u.username() : name, u.email(), attribute(u, "phone"), attribute(u, "org"));
    }

    private static String attribute(KeycloakAdminClient.User u, String name) {
        if (u.attributes() == null || u.attributes().get(name) == null || u.attributes().get(name).isEmpty()) {
            return null;
        }
        return u.attributes().get(name).get(0);
    }
}
