package cn.studio.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The filters run at every application's startup: they must document what they promise and never throw. */
class OpenApiFiltersTest {

    private static Operation securedPutWithBody() {
        return OASFactory.createOperation()
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", List.of("applicant")))
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType())))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("Bad Request"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("`THING_LOCKED`"))
                        .addAPIResponse("422", OASFactory.createAPIResponse())
                        .addAPIResponse("503", OASFactory.createAPIResponse().description("down").content(
                                OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                                        .example(Map.of("code", "DOWN"))))));
    }

    private static OpenAPI document(Operation put, Operation publicGet) {
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .paths(OASFactory.createPaths()
                        .addPathItem("/things/{id}", OASFactory.createPathItem().PUT(put))
                        .addPathItem("/things", OASFactory.createPathItem().GET(publicGet)));
    }

    @Test
    void standardErrorsAreAddedAndTheServicesOwnAreMadeProblemJson() {
        Operation put = securedPutWithBody();
        Operation get = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed")));
        OpenAPI openAPI = document(put, get);

        new ProblemResponsesFilter().filterOpenAPI(openAPI);

        assertNotNull(openAPI.getComponents().getSchemas().get("Problem"));
        assertNotNull(openAPI.getComponents().getSchemas().get("RuleViolation"));
        APIResponses r = put.getResponses();
        assertEquals(List.of("200", "400", "401", "403", "404", "409", "413", "415", "422", "500", "503"),
                List.copyOf(r.getAPIResponses().keySet()));
        assertEquals("#/components/responses/Unauthenticated", r.getAPIResponse("401").getRef());
        assertEquals("#/components/responses/BadRequest", r.getAPIResponse("400").getRef());
        assertEquals("#/components/responses/NotFound", r.getAPIResponse("404").getRef());
        assertEquals("#/components/schemas/Problem", r.getAPIResponse("409").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        assertEquals("#/components/schemas/Problem", r.getAPIResponse("422").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        // a JSON example under the produced type moves to problem+json, with the schema
        assertNull(r.getAPIResponse("503").getContent().getMediaType("application/json"));
        assertEquals(Map.of("code", "DOWN"), r.getAPIResponse("503").getContent()
                .getMediaType("application/problem+json").getExample());
        // a public operation: no 401/403 (Quarkus's bare 403 goes), no 404 without an id, no 400 without a body
        assertEquals(List.of("200", "500"), List.copyOf(get.getResponses().getAPIResponses().keySet()));
    }

    @Test
    void anEmptyDocumentOrOperationWithoutResponsesIsFine() {
        new ProblemResponsesFilter().filterOpenAPI(OASFactory.createOpenAPI());
        Operation bare = OASFactory.createOperation();
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/x", OASFactory.createPathItem().DELETE(bare)));
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        new TokenSecurityFilter().apply(openAPI, Optional.of("http://kc/realms/studio"), "bearer", "studio-spa");
        assertEquals(List.of("500"), List.copyOf(bare.getResponses().getAPIResponses().keySet()));
    }

    @Test
    void securedOperationsAcceptTheOidcSchemeWithKeycloaksUrls() {
        Operation put = securedPutWithBody();
        Operation get = OASFactory.createOperation();
        OpenAPI openAPI = document(put, get);

        new TokenSecurityFilter().apply(openAPI, Optional.of("http://kc/realms/studio"), "bearer", "studio-spa");

        SecurityScheme oidc = openAPI.getComponents().getSecuritySchemes().get(TokenSecurityFilter.OIDC);
        assertEquals(SecurityScheme.Type.OAUTH2, oidc.getType());
        assertEquals("http://kc/realms/studio/protocol/openid-connect/token", oidc.getFlows().getPassword().getTokenUrl());
        assertEquals("http://kc/realms/studio/protocol/openid-connect/auth",
                oidc.getFlows().getAuthorizationCode().getAuthorizationUrl());
        assertEquals(2, put.getSecurity().size());
        assertEquals(List.of(), put.getSecurity().get(1).getScheme(TokenSecurityFilter.OIDC));
        assertNull(get.getSecurity());
    }
}
