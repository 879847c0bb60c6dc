package cn.studio.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}) with the suite's extensions: a stable
 * {@code code} that clients can branch on, the {@code requestId} to quote to support, and every broken rule.
 * {@code title} and {@code detail} are zh-CN, written for the person using the client.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String requestId, List<RuleViolation> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static String typeFor(String code) {
        return "urn:studio:problem:" + code;
    }
}
