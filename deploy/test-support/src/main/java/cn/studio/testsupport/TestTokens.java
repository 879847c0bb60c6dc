package cn.studio.testsupport;

import cn.studio.stack.*;
import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Signed access tokens shaped like the {@code studio} realm's (realm roles under {@code realm_access}, the
 * {@code org} claim), accepted by a service under test that trusts Quarkus's OIDC test server
 * ({@code OidcWiremockTestResource}). End-to-end tests get real tokens from Keycloak instead.
 */
public final class TestTokens {
    public static final String ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    public static String token(String username, String org, String... roles) {
        var builder = Jwt.preferredUserName(username)
                .subject("sub-" + username)
                .issuer(ISSUER)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("email", username + "@studio.local")
                .claim("name", username)
                .expiresIn(Duration.ofMinutes(15));
        if (org != null) {
            builder.claim("org", org);
        }
        return builder.sign("privateKey.jwk");
    }

    public static String bearer(String username, String org, String... roles) {
        return "Bearer " + token(username, org, roles);
    }
}
