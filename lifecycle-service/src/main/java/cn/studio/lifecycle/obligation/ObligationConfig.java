package cn.studio.lifecycle.obligation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.List;

/** The obligations calendar (报送日历) and its reminders; dates are month-day {@code MM-dd} in {@link #zone()}. */
@ConfigMapping(prefix = "studio.obligations")
public interface ObligationConfig {
    /** The zone of due dates: a report is due by the end of its due day there. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** The annual plan's due date in its own year. */
    @WithDefault("01-31")
    String planDue();

    /** A quarterly summary is due this many days after its quarter ends. */
    @WithDefault("15")
    int quarterlyDueAfterDays();

    /** The annual summary's due date in the following year. */
    @WithDefault("01-15")
    String annualSummaryDue();

    /** Reminders this many days before the due date (each once); the overdue reminder comes the day after it. */
    @WithDefault("7,1")
    List<Integer> remindDaysBefore();

    /** How often the reminder job looks (a duration, or {@code off}). */
    @WithDefault("1h")
    String checkEvery();
}
