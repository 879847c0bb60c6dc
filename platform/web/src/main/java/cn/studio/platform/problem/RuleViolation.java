package cn.studio.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One broken rule: where ({@code field}, a JSON path like {@code participants[3].name}), which, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleViolation(String field, String code, String message) {
}
