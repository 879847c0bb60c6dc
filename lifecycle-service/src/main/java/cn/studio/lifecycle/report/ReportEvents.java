package cn.studio.lifecycle.report;

import cn.studio.lifecycle.obligation.ObligationKind;
import cn.studio.lifecycle.studio.StudioEvents;

import java.util.UUID;

/** Report payloads on {@code lifecycle-events} (events.md). */
public final class ReportEvents {
    public static final String SUBMITTED = "studio.report.submitted";
    public static final String RETURNED = "studio.report.returned";
    public static final String ACCEPTED = "studio.report.accepted";

    private ReportEvents() {
    }

    /** One payload for the three: {@code comment} and {@code by} say who decided (or submitted) and why. */
    public record ReportEvent(StudioEvents.StudioRef studio, UUID reportId, ObligationKind kind, String kindLabel,
                              int year, Integer quarter, int versionNumber, String comment, String by) {
    }
}
