package cn.studio.platform.openapi;

import cn.studio.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Documents the suite's errors once for every application that depends on platform/web: the {@code Problem} schema
 * (exactly what {@link Problem} serialises to), and on every operation the error answers the platform itself gives —
 * 401 where a token is required, 403 where a role is, 404 where the path names an object, 400, 413 and 415 where there is a request
 * body, 500 everywhere — each as {@code application/problem+json} with an example.
 * <p>
 * A service documents only what its own rules add (409, 422, a specific 404…) with {@code @APIResponse}; where such a
 * response has no content, or content without a schema, this filter gives it the problem+json {@code Problem} schema.
 * A status the service declares itself is never replaced. Runs at startup, after Quarkus's own security filter, whose
 * bare "Not Authorized"/"Not Allowed"/"Bad Request" answers it replaces with the documented ones.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ProblemResponsesFilter implements OASFilter {
    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String RULE_VIOLATION_SCHEMA = "RuleViolation";

    /** Quarkus's generated placeholders: a response with one of these descriptions and no content is not the service's. */
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Not Authorized", "Not Allowed", "Bad Request");

    /** The standard answers, by status: component name, description and example. */
    private record Standard(String status, String component, String description, Map<String, Object> example) {
    }

    private static final List<Standard> STANDARD = List.of(
            new Standard("400", "BadRequest", "请求内容无效 / the body cannot be read or breaks bean validation: "
                    + "`MALFORMED_JSON`, `INVALID_JSON`, `INVALID_TYPE`, `INVALID_VALUE` (lists the allowed values), "
                    + "`UNKNOWN_FIELD`, `VALIDATION_FAILED` (every field in `errors[]`)",
                    example("VALIDATION_FAILED", "请求内容不符合规则", 400, "共有 1 处不符合规则",
                            List.of(violation("title", "NOT_BLANK", "标题必填")))),
            new Standard("401", "Unauthenticated", "未登录 / no valid bearer token: `UNAUTHENTICATED`",
                    example("UNAUTHENTICATED", "未登录", 401, "需要有效的访问令牌 (Bearer token)", List.of())),
            new Standard("403", "Forbidden", "无权操作 / the caller's role may not call this: `FORBIDDEN`",
                    example("FORBIDDEN", "无权操作", 403, "当前角色无权执行此操作", List.of())),
            new Standard("404", "NotFound", "未找到 / no such object, or not visible to the caller (the two cannot be "
                    + "told apart): `NOT_FOUND`",
                    example("NOT_FOUND", "未找到", 404, "请求的资源不存在或无权访问", List.of())),
            new Standard("413", "PayloadTooLarge", "请求内容过大 / the body is over the limit (2 MB): `PAYLOAD_TOO_LARGE`",
                    example("PAYLOAD_TOO_LARGE", "请求内容过大", 413,
                            "请求内容超过 2048 KB 的上限；附件请通过上传地址直接上传到对象存储", List.of())),
            new Standard("415", "UnsupportedMediaType", "不支持的内容类型 / wrong Content-Type: `UNSUPPORTED_MEDIA_TYPE`",
                    example("UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型", 415, "请使用 application/json", List.of())),
            new Standard("500", "InternalError", "服务内部错误 / unexpected failure; quote the requestId: `INTERNAL_ERROR`",
                    example("INTERNAL_ERROR", "服务内部错误", 500,
                            "服务暂时无法完成请求，请稍后重试并提供请求编号 4b1d2c3e-5f60-4a7b-8c9d-0e1f2a3b4c5d", List.of())));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(RULE_VIOLATION_SCHEMA, ruleViolationSchema());
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        for (Standard s : STANDARD) {
            components.addResponse(s.component(), OASFactory.createAPIResponse().description(s.description())
                    .content(problemContent(s.example())));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item != null && item.getOperations() != null) {
                item.getOperations().forEach((method, operation) -> document(path, operation));
            }
        });
    }

    private void document(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (responses.getAPIResponses() == null) {
            responses.setAPIResponses(new LinkedHashMap<>());
        }
        // the service's own error answers: problem+json with the Problem schema wherever it said nothing else
        responses.getAPIResponses().forEach((status, response) -> {
            if (response != null && isError(status) && response.getRef() == null && !generated(response)) {
                fillProblemContent(response);
            }
        });
        boolean secured = operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
        boolean roles = secured && operation.getSecurity().stream().anyMatch(requirement -> requirement.getSchemes()
                .values().stream().anyMatch(names -> names != null && !names.isEmpty()));
        boolean body = operation.getRequestBody() != null;
        boolean objectInPath = path.contains("{");
        for (Standard s : STANDARD) {
            boolean applies = switch (s.status()) {
                case "401" -> secured;
                case "403" -> roles;
                case "404" -> objectInPath;
                case "400", "413", "415" -> body;
                default -> true;
            };
            APIResponse existing = responses.getAPIResponse(s.status());
            if (applies && (existing == null || generated(existing))) {
                responses.addAPIResponse(s.status(), OASFactory.createAPIResponse().ref(s.component()));
            } else if (!applies && existing != null && generated(existing)) {
                responses.removeAPIResponse(s.status());
            }
        }
        responses.setAPIResponses(new LinkedHashMap<>(new TreeMap<>(responses.getAPIResponses())));
    }

    /** Gives a service-declared error response the problem+json content and the Problem schema where it lacks them. */
    static void fillProblemContent(APIResponse response) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(problemContent(null));
            return;
        }
        // an error is problem+json whatever the operation produces on success
        Map<String, MediaType> types = new LinkedHashMap<>(content.getMediaTypes());
        for (Map.Entry<String, MediaType> e : types.entrySet()) {
            if (!e.getKey().equals(Problem.MEDIA_TYPE) && !e.getKey().endsWith("json")) {
                continue;
            }
            MediaType media = e.getValue() == null ? OASFactory.createMediaType() : e.getValue();
            if (media.getSchema() == null || isEmpty(media.getSchema())) {
                media.setSchema(problemRef());
            }
            content.removeMediaType(e.getKey());
            content.addMediaType(Problem.MEDIA_TYPE, media);
        }
    }

    private static boolean isEmpty(Schema schema) {
        return schema.getRef() == null && (schema.getType() == null || schema.getType().isEmpty())
                && schema.getAllOf() == null && schema.getOneOf() == null && schema.getAnyOf() == null
                && schema.getProperties() == null;
    }

    private static boolean generated(APIResponse response) {
        return response.getRef() == null && response.getDescription() != null
                && GENERATED_DESCRIPTIONS.contains(response.getDescription())
                && (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty());
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    static Schema problemRef() {
        return OASFactory.createSchema().ref(PROBLEM_SCHEMA);
    }

    private static Content problemContent(Map<String, Object> example) {
        MediaType media = OASFactory.createMediaType().schema(problemRef());
        if (example != null) {
            media.setExample(example);
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem document (`application/problem+json`). Branch on `code`; show `title` "
                        + "and `detail` (zh-CN) to the user; quote `requestId` to support. Fields without a value are left out.")
                .addProperty("type", string("`urn:studio:problem:` + code").format("uri")
                        .examples(List.of("urn:studio:problem:VALIDATION_FAILED")))
                .addProperty("title", string("简短标题（zh-CN）/ short zh-CN summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("HTTP status, repeated"))
                .addProperty("detail", string("具体说明（zh-CN）/ what went wrong with this request"))
                .addProperty("instance", string("请求路径 / the path of the request"))
                .addProperty("code", string("稳定的错误代码，客户端据此分支 / stable machine-readable code")
                        .pattern("^[A-Z][A-Z0-9_]*$"))
                .addProperty("requestId", string("请求编号（X-Request-Id）/ the request's id, also in every log line"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("每条不符合的规则 / every broken rule (validation and business rules)")
                        .items(OASFactory.createSchema().ref(RULE_VIOLATION_SCHEMA)))
                .required(List.of("type", "title", "status", "code"));
    }

    private static Schema ruleViolationSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("一条不符合的规则 / one broken rule")
                .addProperty("field", string("字段的 JSON 路径，如 `participants[3].name`；整体规则为空串 / JSON path of the "
                        + "field (empty for a rule about the whole request)"))
                .addProperty("code", string("规则代码 / the rule's stable code, e.g. `REQUIRED`").pattern("^[A-Z][A-Z0-9_]*$"))
                .addProperty("message", string("说明（zh-CN）/ zh-CN message for the user"))
                .required(List.of("code", "message"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    /** A problem document as {@link Problem} serialises it (empty fields left out). */
    public static Map<String, Object> example(String code, String title, int status, String detail,
                                              List<Map<String, Object>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problem.typeFor(code));
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", "/api/v1/example/5f0c3a52-8d1e-4c47-9a3b-2e6f7d8c9b10");
        problem.put("code", code);
        problem.put("requestId", "4b1d2c3e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        return problem;
    }

    public static Map<String, Object> violation(String field, String code, String message) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("field", field);
        v.put("code", code);
        v.put("message", message);
        return v;
    }
}
