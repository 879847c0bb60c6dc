package cn.studio.lifecycle.report;

import cn.studio.lifecycle.obligation.ObligationKind;
import cn.studio.platform.problem.RuleViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text sections of each kind of report (code → zh-CN heading) and their rules, with the codes tests and errors
 * share: {@code UNKNOWN_SECTION} and {@code SECTION_TOO_LONG} on saving, {@code SECTION_REQUIRED} on submitting.
 */
public final class ReportSections {
    public static final int MAX_LENGTH = 10_000;

    private static final Map<ObligationKind, Map<String, String>> SECTIONS = Map.of(
            ObligationKind.ANNUAL_PLAN, ordered("goals", "年度目标", "tasks", "重点任务与创新项目", "measures", "保障措施（经费、场所、人员）"),
            ObligationKind.QUARTERLY_SUMMARY, ordered("work", "本季度工作情况", "results", "创新成果及转化", "next", "下季度工作安排"),
            ObligationKind.ANNUAL_SUMMARY, ordered("work", "年度工作情况", "results", "创新成果及转化（获得专利权）",
                    "talent", "人才培养情况", "benefits", "经济效益和社会效益", "funding", "经费使用情况", "next", "明年工作计划"));

    private ReportSections() {
    }

    /** The sections of a kind, in the order of the form. */
    public static Map<String, String> of(ObligationKind kind) {
        return SECTIONS.get(kind);
    }

    /** What is wrong with a draft's sections (unknown codes, over-long text). */
    public static List<RuleViolation> checkDraft(ObligationKind kind, Map<String, String> sections) {
        List<RuleViolation> errors = new ArrayList<>();
        for (Map.Entry<String, String> s : sections.entrySet()) {
            if (!of(kind).containsKey(s.getKey())) {
                errors.add(new RuleViolation("sections." + s.getKey(), "UNKNOWN_SECTION", kind.label + "没有此栏目：" + s.getKey()));
            } else if (s.getValue() != null && s.getValue().length() > MAX_LENGTH) {
                errors.add(new RuleViolation("sections." + s.getKey(), "SECTION_TOO_LONG",
                        "「" + of(kind).get(s.getKey()) + "」不超过" + MAX_LENGTH + "字"));
            }
        }
        return errors;
    }

    /** What a submission lacks: every section filled in. */
    public static List<RuleViolation> checkSubmission(ObligationKind kind, Map<String, String> sections) {
        List<RuleViolation> errors = new ArrayList<>(checkDraft(kind, sections));
        for (Map.Entry<String, String> s : of(kind).entrySet()) {
            String text = sections.get(s.getKey());
            if (text == null || text.isBlank()) {
                errors.add(new RuleViolation("sections." + s.getKey(), "SECTION_REQUIRED", "请填写「" + s.getValue() + "」"));
            }
        }
        return errors;
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
