package cn.studio.platform.problem;

import cn.studio.platform.web.RequestIds;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Every error of every application leaves as problem+json; nothing leaks a stack trace or answers a bare 500. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response rule(ProblemException e, HttpServerRequest request) {
        return respond(e.status(), e.code(), e.title(), e.getMessage(), e.errors(), request);
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, HttpServerRequest request) {
        List<RuleViolation> errors = e.getConstraintViolations().stream()
                .map(v -> new RuleViolation(fieldOf(v), codeOf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(RuleViolation::field))
                .toList();
        return respond(400, "VALIDATION_FAILED", "请求内容不符合规则", "共有 " + errors.size() + " 处不符合规则", errors, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonParseException e, HttpServerRequest request) {
        return respond(400, "MALFORMED_JSON", "请求内容不是合法的 JSON", "JSON 语法错误：第 "
                + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列", List.of(), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = path(e);
        return respond(400, "UNKNOWN_FIELD", "请求包含未知字段", "未知字段：" + field,
                List.of(new RuleViolation(field, "UNKNOWN_FIELD", "不认识的字段")), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongValue(InvalidFormatException e, HttpServerRequest request) {
        String field = path(e);
        String message;
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            message = "取值“" + e.getValue() + "”无效，可选值：" + Arrays.stream(e.getTargetType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining("、"));
        } else {
            message = "取值“" + e.getValue() + "”无法解读为" + typeName(e.getTargetType());
        }
        return respond(400, "INVALID_VALUE", "字段取值无效", field + "：" + message,
                List.of(new RuleViolation(field, "INVALID_VALUE", message)), request);
    }

    @ServerExceptionMapper(priority = 2)
    public Response wrongType(MismatchedInputException e, HttpServerRequest request) {
        String field = path(e);
        String message = "类型不符，应为" + typeName(e.getTargetType());
        return respond(400, "INVALID_TYPE", "字段类型不符", field.isEmpty() ? message : field + "：" + message,
                List.of(new RuleViolation(field, "INVALID_TYPE", message)), request);
    }

    @ServerExceptionMapper(priority = 3)
    public Response unmappable(JsonMappingException e, HttpServerRequest request) {
        return respond(400, "INVALID_JSON", "请求内容无法解读", "JSON 内容与接口不符：" + path(e), List.of(), request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return respond(401, "UNAUTHENTICATED", "未登录", "需要有效的访问令牌 (Bearer token)", List.of(), request);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, HttpServerRequest request) {
        return respond(401, "UNAUTHENTICATED", "未登录", "访问令牌无效或已过期", List.of(), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(403, "FORBIDDEN", "无权操作", "当前角色无权执行此操作", List.of(), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonParseException jpe) {
            return unreadableJson(jpe, request);
        }
        if (e.getCause() instanceof InvalidFormatException ife) {
            return wrongValue(ife, request);
        }
        if (e.getCause() instanceof MismatchedInputException mie) {
            return wrongType(mie, request);
        }
        if (e.getCause() instanceof JsonMappingException jme) {
            return unmappable(jme, request);
        }
        return switch (status) {
            case 400 -> respond(400, "BAD_REQUEST", "请求无效", e.getMessage(), List.of(), request);
            case 404 -> respond(404, "NOT_FOUND", "未找到", "请求的资源不存在或无权访问", List.of(), request);
            case 405 -> respond(405, "METHOD_NOT_ALLOWED", "不支持的请求方法", request.method() + " 不适用于此地址", List.of(), request);
            case 406 -> respond(406, "NOT_ACCEPTABLE", "无法提供所需格式", e.getMessage(), List.of(), request);
            case 413 -> respond(413, "PAYLOAD_TOO_LARGE", "请求内容过大", e.getMessage(), List.of(), request);
            case 415 -> respond(415, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型", "请使用 application/json", List.of(), request);
            default -> respond(status, "HTTP_" + status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), List.of(), request);
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        Response conflict = concurrentChange(e, request);
        if (conflict != null) {
            return conflict;
        }
        LOG.errorf(e, "unexpected error on %s %s", request.method(), request.path());
        return respond(500, "INTERNAL_ERROR", "服务内部错误", "服务暂时无法完成请求，请稍后重试并提供请求编号 "
                + RequestIds.current(), List.of(), request);
    }

    /**
     * Two requests raced and the database (or the ORM's version check) let only one win: the loser gets 409, not 500.
     * Recognised on the cause chain without depending on an ORM: SQLState 23505 (unique violation) and the JPA/Hibernate
     * optimistic-lock exceptions by name. A service that wants a specific code checks first and throws its own problem.
     */
    static Response concurrentChange(Throwable e, HttpServerRequest request) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("OptimisticLockException") || name.endsWith("StaleObjectStateException")
                    || name.endsWith("StaleStateException")) {
                return respond(409, "CONCURRENT_UPDATE", "操作与当前状态冲突", "数据已被他人同时修改，请刷新后重试",
                        List.of(), request);
            }
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return respond(409, "DUPLICATE", "操作与当前状态冲突", "同样的记录已经存在（可能是重复提交），请刷新后查看",
                        List.of(), request);
            }
        }
        return null;
    }

    public static Response respond(int status, String code, String title, String detail, List<RuleViolation> errors,
                            HttpServerRequest request) {
        Problem problem = new Problem(Problem.typeFor(code), title, status, detail,
                request == null ? null : request.path(), code, RequestIds.current(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "所需类型";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true/false";
        }
        if (type == String.class) {
            return "文本";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "日期/时间 (ISO 8601)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "数组";
        }
        return "对象";
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // a method-parameter path reads "create.arg0.leader.name": keep only the part inside the request body
        List<String> nodes = StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                .map(n -> n.getIndex() != null ? n.getName() + "[" + n.getIndex() + "]" : n.getName())
                .filter(n -> n != null && !n.isEmpty())
                .toList();
        return String.join(".", nodes.size() > 2 ? nodes.subList(2, nodes.size()) : nodes);
    }

    private static String codeOf(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return annotation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
