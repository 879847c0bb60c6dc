package cn.studio.lifecycle.compliance;

import cn.studio.lifecycle.obligation.ObligationKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly evaluation of one studio, as a pure function: 对活动流于形式、没有创新成果的工作室 — summaries missing past their
 * due date, no result in a finished year, reports returned and not fixed by their due date, a missing plan or annual
 * summary. Any finding proposes a warning; 区总工会 decides. Codes are shared by tests and the API.
 */
public final class ComplianceRules {
    private ComplianceRules() {
    }

    /** One obligation as the evaluation sees it. */
    public record Duty(ObligationKind kind, int quarter, LocalDate dueDate, boolean met, boolean returned) {
    }

    public record Finding(String code, String message) {
    }

    public static List<Finding> evaluate(int year, LocalDate today, List<Duty> duties, long results,
                                         int allowedMissingSummaries, int minimumResults) {
        List<Finding> findings = new ArrayList<>();
        List<Duty> overdue = duties.stream().filter(d -> today.isAfter(d.dueDate()) && !d.met()).toList();
        List<Integer> missingQuarters = overdue.stream().filter(d -> d.kind() == ObligationKind.QUARTERLY_SUMMARY && !d.returned())
                .map(Duty::quarter).sorted().toList();
        if (missingQuarters.size() > allowedMissingSummaries) {
            findings.add(new Finding("QUARTERLY_SUMMARY_MISSING", year + "年第" + join(missingQuarters) + "季度工作总结逾期未报送"));
        }
        for (Duty d : overdue) {
            if (d.kind() != ObligationKind.QUARTERLY_SUMMARY && !d.returned()) {
                findings.add(new Finding(d.kind() == ObligationKind.ANNUAL_PLAN ? "ANNUAL_PLAN_MISSING" : "ANNUAL_SUMMARY_MISSING",
                        year + "年度" + d.kind().label + "逾期未报送"));
            }
        }
        List<Duty> returned = overdue.stream().filter(Duty::returned).toList();
        if (!returned.isEmpty()) {
            findings.add(new Finding("REPORT_RETURNED_NOT_FIXED", returned.size() + "份报告被退回后逾期未重新报送"));
        }
        boolean yearOver = today.isAfter(LocalDate.of(year, 12, 31));
        if (yearOver && results < minimumResults) {
            findings.add(new Finding("TOO_FEW_RESULTS", year + "年度创新成果" + results + "项，少于" + minimumResults + "项"));
        }
        return findings;
    }

    private static String join(List<Integer> quarters) {
        String[] zh = {"", "一", "二", "三", "四"};
        return String.join("、", quarters.stream().map(q -> zh[q]).toList());
    }
}
