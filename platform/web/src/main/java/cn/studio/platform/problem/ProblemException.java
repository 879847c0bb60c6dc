package cn.studio.platform.problem;

import java.util.List;

/**
 * A business rule refused the request. Services throw it with a stable code and a zh-CN message; the mapper turns it
 * into problem+json. Nothing in the current transaction is committed.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;
    private final List<RuleViolation> errors;

    public ProblemException(int status, String code, String title, String detail, List<RuleViolation> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "NOT_FOUND", "未找到", what + "不存在或无权访问", List.of());
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "操作与当前状态冲突", detail, List.of());
    }

    public static ProblemException invalid(List<RuleViolation> errors) {
        return new ProblemException(422, "VALIDATION_FAILED", "提交内容不符合规则",
                "共有 " + errors.size() + " 处不符合规则", errors);
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, "请求无效", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<RuleViolation> errors() {
        return errors;
    }
}
