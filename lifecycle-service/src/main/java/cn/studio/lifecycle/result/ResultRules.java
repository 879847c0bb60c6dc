package cn.studio.lifecycle.result;

import cn.studio.platform.problem.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a result, with the codes tests and errors share. A patent needs its number and date (and only a patent
 * has them); the economic benefit is in 万元 with at most 2 decimals; a result is achieved after the naming and not in
 * the future; someone took part. The yearly rule: at least 1 result a year, 2 as the target (1–2 a year).
 */
public final class ResultRules {
    public static final int MINIMUM_PER_YEAR = 1;
    public static final int TARGET_PER_YEAR = 2;

    private ResultRules() {
    }

    /** What a result must satisfy. */
    public record Facts(ResultType type, String patentNumber, LocalDate patentDate, List<String> participants,
                        BigDecimal economicBenefitWanYuan, LocalDate achievedOn) {
    }

    public static List<RuleViolation> check(Facts f, LocalDate namedOn, LocalDate today) {
        List<RuleViolation> errors = new ArrayList<>();
        boolean patent = f.type() == ResultType.PATENT;
        if (patent && (f.patentNumber() == null || f.patentNumber().isBlank())) {
            errors.add(new RuleViolation("patentNumber", "PATENT_NUMBER_REQUIRED", "专利须填写专利号"));
        }
        if (patent && f.patentDate() == null) {
            errors.add(new RuleViolation("patentDate", "PATENT_DATE_REQUIRED", "专利须填写授权日期"));
        }
        if (!patent && ((f.patentNumber() != null && !f.patentNumber().isBlank()) || f.patentDate() != null)) {
            errors.add(new RuleViolation("patentNumber", "PATENT_FIELDS_NOT_ALLOWED", "只有专利填写专利号和授权日期"));
        }
        if (f.patentDate() != null && f.patentDate().isAfter(today)) {
            errors.add(new RuleViolation("patentDate", "PATENT_DATE_IN_FUTURE", "授权日期不能晚于今天"));
        }
        if (f.participants() == null || f.participants().stream().noneMatch(p -> p != null && !p.isBlank())) {
            errors.add(new RuleViolation("participants", "PARTICIPANTS_REQUIRED", "至少填写一名参与人"));
        }
        BigDecimal benefit = f.economicBenefitWanYuan();
        if (benefit != null && benefit.signum() < 0) {
            errors.add(new RuleViolation("economicBenefitWanYuan", "ECONOMIC_BENEFIT_NEGATIVE", "经济效益不能为负数"));
        }
        if (benefit != null && benefit.stripTrailingZeros().scale() > 2) {
            errors.add(new RuleViolation("economicBenefitWanYuan", "ECONOMIC_BENEFIT_SCALE", "经济效益（万元）最多两位小数"));
        }
        if (f.achievedOn() != null && f.achievedOn().isAfter(today)) {
            errors.add(new RuleViolation("achievedOn", "ACHIEVED_IN_FUTURE", "取得日期不能晚于今天"));
        }
        if (f.achievedOn() != null && f.achievedOn().isBefore(namedOn)) {
            errors.add(new RuleViolation("achievedOn", "ACHIEVED_BEFORE_NAMING", "命名前的成果属于申报材料，不计入工作室成果"));
        }
        return errors;
    }
}
