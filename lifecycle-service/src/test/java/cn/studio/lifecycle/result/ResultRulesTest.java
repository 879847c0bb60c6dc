package cn.studio.lifecycle.result;

import cn.studio.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResultRulesTest {
    private static final LocalDate NAMED = LocalDate.of(2026, 3, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static List<String> codes(ResultRules.Facts f) {
        return ResultRules.check(f, NAMED, TODAY).stream().map(RuleViolation::code).toList();
    }

    @Test
    void aPatentNeedsItsNumberAndGrantDate() {
        assertEquals(List.of("PATENT_NUMBER_REQUIRED", "PATENT_DATE_REQUIRED"), codes(new ResultRules.Facts(ResultType.PATENT,
                " ", null, List.of("张三"), BigDecimal.ONE, LocalDate.of(2026, 6, 1))));
        assertEquals(List.of(), codes(new ResultRules.Facts(ResultType.PATENT, "ZL2026101234567", LocalDate.of(2026, 6, 1),
                List.of("张三"), BigDecimal.ONE, LocalDate.of(2026, 6, 1))));
    }

    @Test
    void onlyAPatentCarriesPatentFields() {
        assertEquals(List.of("PATENT_FIELDS_NOT_ALLOWED"), codes(new ResultRules.Facts(ResultType.TECH_IMPROVEMENT,
                "ZL1", null, List.of("张三"), null, LocalDate.of(2026, 6, 1))));
    }

    @Test
    void theEconomicBenefitIsNonNegativeWanYuanWithAtMostTwoDecimals() {
        assertEquals(List.of("ECONOMIC_BENEFIT_SCALE"), codes(new ResultRules.Facts(ResultType.OTHER, null, null,
                List.of("张三"), new BigDecimal("1.234"), LocalDate.of(2026, 6, 1))));
        assertEquals(List.of("ECONOMIC_BENEFIT_NEGATIVE"), codes(new ResultRules.Facts(ResultType.OTHER, null, null,
                List.of("张三"), new BigDecimal("-1"), LocalDate.of(2026, 6, 1))));
        assertEquals(List.of(), codes(new ResultRules.Facts(ResultType.OTHER, null, null,
                List.of("张三"), new BigDecimal("12.500"), LocalDate.of(2026, 6, 1))));
    }

    @Test
    void aResultIsAchievedBetweenTheNamingAndTodayBySomeone() {
        assertEquals(List.of("ACHIEVED_BEFORE_NAMING"), codes(new ResultRules.Facts(ResultType.OTHER, null, null,
                List.of("张三"), null, LocalDate.of(2026, 3, 9))));
        assertEquals(List.of("PARTICIPANTS_REQUIRED", "ACHIEVED_IN_FUTURE"), codes(new ResultRules.Facts(ResultType.OTHER,
                null, null, List.of(" "), null, LocalDate.of(2026, 11, 26))));
    }
}
