package cn.studio.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a client where its token comes from. The bearer scheme Quarkus generates (roles as the requirement's list) is
 * kept and names the token URL; beside it an OAuth2 scheme {@value #OIDC} carries Keycloak's flows — authorization code
 * (with PKCE, for browser front ends) and password (scripts, testers) — with their URLs, so Swagger UI and client
 * generators can fetch a token. Every operation that takes the bearer token accepts the same token through
 * {@value #OIDC} (an alternative requirement without scopes: roles are not OAuth2 scopes).
 * <p>
 * The URLs come from {@code studio.openapi.auth-server-url} if set (the address browsers reach, when it differs from
 * the one the service uses), else {@code quarkus.oidc.auth-server-url}, plus {@code /protocol/openid-connect/…}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class TokenSecurityFilter implements OASFilter {
    public static final String OIDC = "oidc";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        Optional<String> server = config.getOptionalValue("studio.openapi.auth-server-url", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .map(url -> url.replaceAll("/+$", ""));
        String bearer = config.getOptionalValue("quarkus.smallrye-openapi.security-scheme-name", String.class)
                .orElse("SecurityScheme");
        String clientId = config.getOptionalValue("studio.openapi.client-id", String.class).orElse("studio-spa");
        apply(openAPI, server, bearer, clientId);
    }

    void apply(OpenAPI openAPI, Optional<String> server, String bearer, String clientId) {
        if (server.isEmpty() || openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
                || !openAPI.getComponents().getSecuritySchemes().containsKey(bearer)) {
            return;
        }
        String auth = server.get() + "/protocol/openid-connect/auth";
        String token = server.get() + "/protocol/openid-connect/token";

        SecurityScheme bearerScheme = openAPI.getComponents().getSecuritySchemes().get(bearer);
        bearerScheme.setDescription("Keycloak 访问令牌（JWT），请求头 `Authorization: Bearer <token>`。令牌地址 / token URL: "
                + token + "（客户端 `" + clientId + "`；授权码 + PKCE，或测试用的密码模式）。角色取自 `realm_access.roles`，"
                + "单位取自 `org` 声明；每个操作的 security 列出可调用的角色 / each operation lists the roles that may call it.");

        openAPI.getComponents().addSecurityScheme(OIDC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("同一 Keycloak 令牌，通过 OAuth2 流程获取 / the same Keycloak token, obtained by an OAuth2 flow; "
                        + "public client `" + clientId + "` (PKCE). Roles are checked as in `" + bearer + "`.")
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(OASFactory.createOAuthFlow().authorizationUrl(auth).tokenUrl(token)
                                .refreshUrl(token).scopes(Map.of()))
                        .password(OASFactory.createOAuthFlow().tokenUrl(token).refreshUrl(token).scopes(Map.of()))));

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream()
                .filter(item -> item != null && item.getOperations() != null)
                .forEach(item -> item.getOperations().values().forEach(operation -> acceptOidc(operation, bearer)));
    }

    private static void acceptOidc(Operation operation, String bearer) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.stream().noneMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(bearer))
                || requirements.stream().anyMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(OIDC))) {
            return;
        }
        List<SecurityRequirement> alternatives = new ArrayList<>(requirements);
        alternatives.add(OASFactory.createSecurityRequirement().addScheme(OIDC, List.of()));
        operation.setSecurity(alternatives);
    }
}
