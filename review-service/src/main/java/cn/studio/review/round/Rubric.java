package cn.studio.review.round;

import cn.studio.platform.problem.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring rubric of a round. The default follows the notice's five basic conditions (基本条件); a round may change
 * criteria, maxima and weights until the first scorecard is submitted. A scorecard's total is on a 0–100 scale:
 * 100 × Σ(weight × score) / Σ(weight × max).
 */
public record Rubric(List<Criterion> criteria) {
    public static Rubric basicConditions() {
        return new Rubric(List.of(
                new Criterion("LEADER", "领军人物", "劳模、高技能人才或技术带头人；专业特长、理论水平、实践经验和创新能力；带领专家团队", 20, 1.0),
                new Criterion("VENUE", "活动场所和设备设施", "有开展创新活动的基本场所和设备设施，与申报面积和设备清单相符", 15, 1.0),
                new Criterion("RULES", "管理制度和规划目标", "管理和工作制度健全，规划目标明确", 15, 1.0),
                new Criterion("FUNDS", "工作经费", "有一定的工作经费，构成合理", 15, 1.0),
                new Criterion("RESULTS", "年度成果与效益", "每年取得1–2项创新成果，职工参与、人才培养、经济效益和社会影响", 35, 1.0)));
    }

    /** What's wrong with this rubric as a round's rubric (empty if nothing). */
    public List<RuleViolation> problems() {
        List<RuleViolation> problems = new ArrayList<>();
        if (criteria == null || criteria.isEmpty() || criteria.size() > 20) {
            problems.add(new RuleViolation("rubric.criteria", "RUBRIC_SIZE", "评分项为1–20项"));
            return problems;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            if (!codes.add(criteria.get(i).code())) {
                problems.add(new RuleViolation("rubric.criteria[" + i + "].code", "RUBRIC_DUPLICATE_CODE",
                        "评分项代码重复：" + criteria.get(i).code()));
            }
        }
        return problems;
    }

    public Criterion criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    /** Problems of a set of scores against this rubric; {@code complete} requires every criterion. */
    public List<RuleViolation> check(Map<String, BigDecimal> scores, boolean complete) {
        List<RuleViolation> problems = new ArrayList<>();
        scores.forEach((code, value) -> {
            Criterion c = criterion(code);
            if (c == null) {
                problems.add(new RuleViolation("scores." + code, "CRITERION_UNKNOWN", "评分项不存在：" + code));
            } else if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(c.maxScore())) > 0) {
                problems.add(new RuleViolation("scores." + code, "SCORE_OUT_OF_RANGE",
                        c.label() + "的得分须在0到" + c.maxScore() + "之间"));
            } else if (value.stripTrailingZeros().scale() > 1) {
                problems.add(new RuleViolation("scores." + code, "SCORE_PRECISION", c.label() + "的得分最多一位小数"));
            }
        });
        if (complete) {
            for (Criterion c : criteria) {
                if (scores.get(c.code()) == null) {
                    problems.add(new RuleViolation("scores." + c.code(), "SCORE_MISSING", "请为“" + c.label() + "”打分"));
                }
            }
        }
        return problems;
    }

    /** The weighted total on 0–100, two decimals; null while a criterion is unscored. */
    public BigDecimal total(Map<String, BigDecimal> scores) {
        double got = 0;
        double max = 0;
        for (Criterion c : criteria) {
            BigDecimal s = scores.get(c.code());
            if (s == null) {
                return null;
            }
            got += c.weight() * s.doubleValue();
            max += c.weight() * c.maxScore();
        }
        return BigDecimal.valueOf(100 * got / max).setScale(2, RoundingMode.HALF_UP);
    }
}
