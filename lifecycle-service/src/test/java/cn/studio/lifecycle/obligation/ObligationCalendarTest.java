package cn.studio.lifecycle.obligation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObligationCalendarTest {
    private final ObligationCalendar defaults = new ObligationCalendar("01-31", 15, "01-15", List.of(7, 1));

    @Test
    void aYearOwesThePlanByJanuary31FourQuarterlySummaries15DaysAfterEachQuarterAndTheSummaryByJanuary15Next() {
        List<ObligationCalendar.Due> dues = defaults.year(2027);
        assertEquals(List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 4, 15), LocalDate.of(2027, 7, 15),
                LocalDate.of(2027, 10, 15), LocalDate.of(2028, 1, 15), LocalDate.of(2028, 1, 15)),
                dues.stream().map(ObligationCalendar.Due::dueDate).toList());
        assertEquals(ObligationKind.ANNUAL_PLAN, dues.get(0).kind());
        assertEquals(4, dues.get(4).quarter());
        assertEquals(ObligationKind.ANNUAL_SUMMARY, dues.get(5).kind());
        assertEquals(2027, dues.get(5).year());
    }

    @Test
    void aStudioOwesNothingThatFellDueBeforeItWasNamed() {
        List<ObligationCalendar.Due> owed = defaults.owed(LocalDate.of(2026, 3, 10), 2026);
        assertEquals(5, owed.size());
        assertEquals(ObligationKind.QUARTERLY_SUMMARY, owed.get(0).kind());
        assertEquals(1, owed.get(0).quarter());
        assertEquals(List.of(), defaults.owed(LocalDate.of(2026, 3, 10), 2025));
        assertEquals(6, defaults.owed(LocalDate.of(2026, 3, 10), 2027).size());
    }

    @Test
    void theCalendarIsConfigurable() {
        ObligationCalendar c = new ObligationCalendar("02-28", 10, "01-31", List.of(3));
        List<ObligationCalendar.Due> dues = c.year(2027);
        assertEquals(LocalDate.of(2027, 2, 28), dues.get(0).dueDate());
        assertEquals(LocalDate.of(2027, 4, 10), dues.get(1).dueDate());
        assertEquals(LocalDate.of(2028, 1, 31), dues.get(5).dueDate());
        assertThrows(IllegalArgumentException.class, () -> new ObligationCalendar("1/31", 15, "01-15", List.of(7)));
    }

    @Test
    void remindersCome7And1DaysBeforeAndOnceOverdue() {
        LocalDate due = LocalDate.of(2027, 4, 15);
        assertEquals(Optional.empty(), defaults.reminder(LocalDate.of(2027, 4, 7), due, Set.of()));
        assertEquals(Optional.of("DUE_7"), defaults.reminder(LocalDate.of(2027, 4, 8), due, Set.of()));
        assertEquals(Optional.empty(), defaults.reminder(LocalDate.of(2027, 4, 10), due, Set.of("DUE_7")));
        assertEquals(Optional.of("DUE_1"), defaults.reminder(LocalDate.of(2027, 4, 14), due, Set.of("DUE_7")));
        assertEquals(Optional.of("DUE_1"), defaults.reminder(due, due, Set.of("DUE_7")));
        assertEquals(Optional.of("OVERDUE"), defaults.reminder(LocalDate.of(2027, 4, 16), due, Set.of("DUE_7", "DUE_1")));
        assertEquals(Optional.empty(), defaults.reminder(LocalDate.of(2027, 5, 1), due, Set.of("OVERDUE")));
    }

    @Test
    void aLateJobSendsTheNearestReminderNotAStaleOne() {
        LocalDate due = LocalDate.of(2027, 4, 15);
        assertEquals(Optional.of("DUE_1"), defaults.reminder(LocalDate.of(2027, 4, 14), due, Set.of()));
        assertTrue(defaults.reminder(LocalDate.of(2027, 4, 20), due, Set.of()).orElseThrow().equals("OVERDUE"));
    }
}
