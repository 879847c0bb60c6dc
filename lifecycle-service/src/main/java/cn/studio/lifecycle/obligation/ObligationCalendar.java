package cn.studio.lifecycle.obligation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calendar of one year's obligations and the reminder rule, as pure functions of dates: what is due when, what a
 * studio named on a given day owes, and which reminder is due today.
 */
public final class ObligationCalendar {
    /** One obligation: its kind, year, quarter (1–4 for quarterly summaries, else 0) and due date. */
    public record Due(ObligationKind kind, int year, int quarter, LocalDate dueDate) {
    }

    private final MonthDay planDue;
    private final int quarterlyDueAfterDays;
    private final MonthDay annualSummaryDue;
    private final TreeSet<Integer> remindDaysBefore;

    public ObligationCalendar(String planDue, int quarterlyDueAfterDays, String annualSummaryDue, List<Integer> remindDaysBefore) {
        this.planDue = monthDay(planDue, "plan-due");
        this.quarterlyDueAfterDays = quarterlyDueAfterDays;
        this.annualSummaryDue = monthDay(annualSummaryDue, "annual-summary-due");
        this.remindDaysBefore = new TreeSet<>(remindDaysBefore);
        if (quarterlyDueAfterDays < 0 || this.remindDaysBefore.stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("studio.obligations: days must not be negative");
        }
    }

    public static ObligationCalendar of(ObligationConfig config) {
        return new ObligationCalendar(config.planDue(), config.quarterlyDueAfterDays(), config.annualSummaryDue(),
                config.remindDaysBefore());
    }

    /** Everything owed for {@code year}: the plan, four quarterly summaries and the annual summary, by due date. */
    public List<Due> year(int year) {
        List<Due> dues = new ArrayList<>();
        dues.add(new Due(ObligationKind.ANNUAL_PLAN, year, 0, planDue.atYear(year)));
        for (int q = 1; q <= 4; q++) {
            LocalDate quarterEnd = LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1);
            dues.add(new Due(ObligationKind.QUARTERLY_SUMMARY, year, q, quarterEnd.plusDays(quarterlyDueAfterDays)));
        }
        dues.add(new Due(ObligationKind.ANNUAL_SUMMARY, year, 0, annualSummaryDue.atYear(year + 1)));
        dues.sort(java.util.Comparator.comparing(Due::dueDate).thenComparing(Due::kind).thenComparing(Due::quarter));
        return dues;
    }

    /** What a studio named on {@code namedOn} owes for {@code year}: nothing before its naming year, nothing due by its naming day. */
    public List<Due> owed(LocalDate namedOn, int year) {
        if (year < namedOn.getYear()) {
            return List.of();
        }
        return year(year).stream().filter(d -> d.dueDate().isAfter(namedOn)).toList();
    }

    /** The reminder to send today for an unmet obligation, if any not sent before: {@code DUE_<n>} or {@code OVERDUE}. */
    public Optional<String> reminder(LocalDate today, LocalDate dueDate, Set<String> sent) {
        if (today.isAfter(dueDate)) {
            return sent.contains("OVERDUE") ? Optional.empty() : Optional.of("OVERDUE");
        }
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, dueDate);
        // only the nearest window counts: a job that wakes 1 day before never sends the 7-day reminder late
        Integer window = remindDaysBefore.ceiling((int) daysLeft);
        if (window == null) {
            return Optional.empty();
        }
        String code = "DUE_" + window;
        return sent.contains(code) ? Optional.empty() : Optional.of(code);
    }

    private static MonthDay monthDay(String value, String name) {
        try {
            return MonthDay.parse("--" + value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("studio.obligations." + name + " must be MM-dd, was " + value, e);
        }
    }
}
