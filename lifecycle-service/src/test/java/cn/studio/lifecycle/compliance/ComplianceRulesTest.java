package cn.studio.lifecycle.compliance;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.studio.lifecycle.obligation.ObligationKind.ANNUAL_PLAN;
import static cn.studio.lifecycle.obligation.ObligationKind.ANNUAL_SUMMARY;
import static cn.studio.lifecycle.obligation.ObligationKind.QUARTERLY_SUMMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ComplianceRulesTest {
    private static final LocalDate AFTER_YEAR = LocalDate.of(2027, 1, 20);

    private static ComplianceRules.Duty q(int quarter, String due, boolean met, boolean returned) {
        return new ComplianceRules.Duty(QUARTERLY_SUMMARY, quarter, LocalDate.parse(due), met, returned);
    }

    private static List<String> codes(List<ComplianceRules.Finding> f) {
        return f.stream().map(ComplianceRules.Finding::code).toList();
    }

    @Test
    void aStudioWithNoSummariesAndNoResultsAtYearEndIsProposedForAWarning() {
        List<ComplianceRules.Finding> f = ComplianceRules.evaluate(2026, AFTER_YEAR, List.of(
                new ComplianceRules.Duty(ANNUAL_PLAN, 0, LocalDate.parse("2026-01-31"), false, false),
                q(1, "2026-04-15", false, false), q(2, "2026-07-15", false, false), q(3, "2026-10-15", true, false),
                q(4, "2027-01-15", false, false),
                new ComplianceRules.Duty(ANNUAL_SUMMARY, 0, LocalDate.parse("2027-01-15"), false, false)), 0, 0, 1);
        assertEquals(List.of("QUARTERLY_SUMMARY_MISSING", "ANNUAL_PLAN_MISSING", "ANNUAL_SUMMARY_MISSING", "TOO_FEW_RESULTS"), codes(f));
        assertEquals("2026年第一、二、四季度工作总结逾期未报送", f.get(0).message());
    }

    @Test
    void aReturnedReportNeverFixedIsItsOwnFindingAndNothingIsDueEarly() {
        List<ComplianceRules.Finding> f = ComplianceRules.evaluate(2026, LocalDate.of(2026, 5, 1), List.of(
                q(1, "2026-04-15", false, true), q(2, "2026-07-15", false, false)), 0, 0, 1);
        assertEquals(List.of("REPORT_RETURNED_NOT_FIXED"), codes(f));
    }

    @Test
    void theRuleIsConfigurable() {
        List<ComplianceRules.Duty> oneMissing = List.of(q(1, "2026-04-15", false, false), q(2, "2026-07-15", true, false));
        assertEquals(List.of(), codes(ComplianceRules.evaluate(2026, AFTER_YEAR, oneMissing, 2, 1, 2)));
        assertEquals(List.of("QUARTERLY_SUMMARY_MISSING", "TOO_FEW_RESULTS"),
                codes(ComplianceRules.evaluate(2026, AFTER_YEAR, oneMissing, 1, 0, 2)));
    }
}
