package cn.studio.testsupport;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenApiContractTest {
    private static final String PROBLEM = """
            {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}""";

    @Test
    void aDocumentWithoutOperationsHasNoGaps() {
        assertEquals(List.of(), OpenApiContract.gaps("{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"x\"}}"));
        assertEquals(List.of(), OpenApiContract.gaps("{\"openapi\": \"3.1.0\", \"paths\": {}}"));
    }

    @Test
    void aFullyDocumentedOperationHasNoGaps() {
        String doc = """
                {"paths": {"/things/{id}": {"put": {
                  "security": [{"bearer": ["admin"]}],
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"},
                                  "examples": {"a": {"$ref": "#/components/examples/thing"}}}}},
                  "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"},
                            "example": {"id": 1}}}},
                    "404": {"$ref": "#/components/responses/NotFound"},
                    "409": {"description": "THING_LOCKED", "content": %s}}}},
                  "/things/{id}/file": {"get": {"responses": {
                    "200": {"content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
                    "404": {"content": %s}}}},
                  "/things/{id}/bin": {"delete": {"responses": {"204": {"description": "gone"}, "404": {"content": %s}}}}},
                 "components": {
                   "examples": {"thing": {"value": {"id": 1}}},
                   "responses": {"NotFound": {"content": %s}},
                   "securitySchemes": {"oidc": {"type": "oauth2", "flows": {"password": {"tokenUrl": "http://kc/token"}}}}}}
                """.formatted(PROBLEM, PROBLEM, PROBLEM, PROBLEM);
        assertEquals(List.of(), OpenApiContract.gaps(doc));
    }

    @Test
    void eachOperationIsNamedWithEverythingItLacks() {
        String doc = """
                {"paths": {
                  "/things": {
                    "post": {"security": [{"bearer": []}],
                      "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                      "responses": {"200": {"content": {"application/json": {"schema": {}}}},
                                    "401": {"description": "Not Authorized"}}},
                    "get": {"responses": {"200": {"content": {"application/json": {"schema": {"type": "array"},
                              "examples": {"x": {"$ref": "#/components/examples/missing"}}}}},
                              "400": {"content": %s}}}}},
                 "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}}
                """.formatted(PROBLEM);
        assertEquals(List.of(
                "POST /things: 200 application/json has no schema; 200 application/json has no example; "
                        + "401 is not application/problem+json with the Problem schema; "
                        + "no 4xx error response with the application/problem+json Problem schema; "
                        + "request body application/json has no example",
                "GET /things: $ref #/components/examples/missing does not resolve; 200 application/json has no example",
                "document: operations require a token, but no security scheme names a token URL "
                        + "(oauth2 flow tokenUrl or openIdConnectUrl)"), OpenApiContract.gaps(doc));
    }

    @Test
    void anOperationWithoutSuccessOrErrorsSaysSo() {
        assertEquals(List.of("DELETE /x: no 4xx error response with the application/problem+json Problem schema; "
                        + "no success (2xx) response"),
                OpenApiContract.gaps("{\"paths\": {\"/x\": {\"delete\": {\"responses\": {}}}}}"));
    }
}
