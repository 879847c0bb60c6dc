package cn.studio.lifecycle.obligation;

import cn.studio.lifecycle.studio.StudioEvents;

import java.time.LocalDate;
import java.util.UUID;

/** Reminder payloads on {@code lifecycle-events} (events.md). */
public final class ObligationEvents {
    public static final String DUE = "studio.report.due";
    public static final String OVERDUE = "studio.report.overdue";

    private ObligationEvents() {
    }

    public record Due(StudioEvents.StudioRef studio, UUID obligationId, ObligationKind kind, String kindLabel, int year,
                      Integer quarter, LocalDate dueDate, long daysLeft) {
    }

    public record Overdue(StudioEvents.StudioRef studio, UUID obligationId, ObligationKind kind, String kindLabel, int year,
                          Integer quarter, LocalDate dueDate, long daysOverdue) {
    }
}
