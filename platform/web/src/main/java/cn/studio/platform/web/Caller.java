package cn.studio.platform.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/**
 * Who is calling, as the token says: user name, realm roles and organisation ({@code org} claim). Row-level rules
 * use it; a service never trusts an org or role sent in a request body.
 */
@RequestScoped
public class Caller {
    public static final List<String> ROLES = List.of("union-admin", "commission", "recommender", "applicant", "reviewer", "studio");

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String username() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public String org() {
        return token.getClaim("org");
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The caller's most significant role, recorded with what it did (history, audit). */
    public String primaryRole() {
        return ROLES.stream().filter(identity::hasRole).findFirst().orElse("none");
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null ? name : username();
    }
}
