package cn.studio.gateway;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers bearer tokens that quarkus-oidc has verified, until they expire, so that the next request with the same
 * token skips the signature check and claim parsing (an RSA verification and two JSON parses: most of the gateway's
 * work for an authenticated request).
 * <p>
 * A request whose token is remembered gets its identity here, ahead of the OIDC mechanism; any other request (no
 * token, an unknown or expired one) falls through to OIDC exactly as before, and the proxy remembers what OIDC
 * accepted. Only the exact token string that passed verification is ever accepted from here,
 * and never past its {@code exp}. Local JWT verification has no revocation check either, so the one difference is
 * that a token signed with a key Keycloak withdrew keeps working until it expires (minutes).
 */
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {
    private static final String FROM_CACHE = VerifiedTokens.class.getName();
    private static final Uni<SecurityIdentity> NONE = Uni.createFrom().nullItem();
    private static final Uni<ChallengeData> NO_CHALLENGE = Uni.createFrom().nullItem();
    private static final Uni<HttpCredentialTransport> NO_TRANSPORT = Uni.createFrom().nullItem();
    private static final Uni<Boolean> CHALLENGE_SENT = Uni.createFrom().item(Boolean.TRUE);

    private record Remembered(SecurityIdentity identity, String subject, long expiresAtMillis) {
    }

    @Inject
    GatewayConfig config;

    private final Map<String, Remembered> tokens = new ConcurrentHashMap<>();

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identityProviderManager) {
        Remembered remembered = ctx.get(FROM_CACHE);
        if (remembered == null) {
            remembered = lookUp(ctx);
            if (remembered == null) {
                return NONE;
            }
            ctx.put(FROM_CACHE, remembered);
        }
        return Uni.createFrom().item(remembered.identity());
    }

    /**
     * The subject of the request's token if it is one verified before (and not expired), else {@code null}. Called
     * before security runs (for the rate limit); the token is then not looked up a second time.
     */
    String recall(RoutingContext ctx) {
        Remembered remembered = lookUp(ctx);
        if (remembered == null) {
            return null;
        }
        ctx.put(FROM_CACHE, remembered);
        return remembered.subject();
    }

    private Remembered lookUp(RoutingContext ctx) {
        String authorization = authorization(ctx);
        if (authorization == null) {
            return null;
        }
        // keyed by the whole header value ("Bearer <token>"): no copy of a 1–2 KB string per request
        Remembered remembered = tokens.get(authorization);
        if (remembered == null) {
            return null;
        }
        if (remembered.expiresAtMillis() <= System.currentTimeMillis()) {
            tokens.remove(authorization, remembered);
            return null;
        }
        return remembered;
    }

    /**
     * Called once the request passed the security checks (before it is proxied): keeps the identity OIDC built
     * from a token it has just verified, and returns that token's subject ({@code null} when there is none: no
     * token, one from this cache, a public path). Cheap when there is nothing to keep.
     */
    String rememberVerified(RoutingContext ctx) {
        if (ctx.get(FROM_CACHE) != null || ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                || !(ctx.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        String subject = subject(identity);
        if (config.tokenCacheSize() > 0 && identity.getPrincipal() instanceof JsonWebToken jwt) {
            remember(ctx, identity, jwt, subject);
        }
        return subject;
    }

    private static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private void remember(RoutingContext ctx, SecurityIdentity identity, JsonWebToken jwt, String subject) {
        String authorization = authorization(ctx);
        // only the exact value OIDC verified: "Bearer " and the token it parsed, nothing around it
        if (authorization == null || jwt.getRawToken() == null || jwt.getExpirationTime() <= 0
                || authorization.length() != 7 + jwt.getRawToken().length() || !authorization.endsWith(jwt.getRawToken())) {
            return;
        }
        long expiresAt = jwt.getExpirationTime() * 1000;
        if (expiresAt <= System.currentTimeMillis()) {
            return;
        }
        if (tokens.size() >= config.tokenCacheSize()) {
            evictExpired();
            if (tokens.size() >= config.tokenCacheSize()) {
                tokens.clear();
            }
        }
        // the identity without its per-request attributes (OIDC attaches the routing context, the tenant, ...)
        SecurityIdentity kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .setAnonymous(false)
                .build();
        tokens.put(authorization, new Remembered(kept, subject, expiresAt));
    }

    private void evictExpired() {
        long now = System.currentTimeMillis();
        for (Iterator<Remembered> i = tokens.values().iterator(); i.hasNext(); ) {
            if (i.next().expiresAtMillis() <= now) {
                i.remove();
            }
        }
    }

    /** The Authorization header if it carries a bearer token (and the cache is on), else {@code null}. */
    private String authorization(RoutingContext ctx) {
        if (config.tokenCacheSize() <= 0) {
            return null;
        }
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() <= 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return NO_CHALLENGE; // the challenge is sent whole by sendChallenge
    }

    /**
     * The gateway's 401 for a request without a token: problem+json (code {@code UNAUTHENTICATED}, as the services'
     * own), where OIDC's challenge would be an empty body. A refused token takes another way (the failure reaches
     * platform's problem mappers, same code); {@link FrontDoor} adds the RFC 6750 challenge to both.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext ctx) {
        if (!ctx.response().ended()) {
            boolean tokenSent = ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
            GatewayProblems.send(ctx, 401, "UNAUTHENTICATED", "未登录",
                    tokenSent ? "访问令牌无效或已过期" : "需要有效的访问令牌 (Bearer token)");
        }
        return CHALLENGE_SENT;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(); // identities come from this cache, never from an identity provider
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return NO_TRANSPORT;
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000; // ahead of OIDC
    }
}
