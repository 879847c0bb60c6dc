package cn.studio.notification.notification;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates in notices read as people write them, in Beijing time, whatever form the event carried them in. */
class NoticeDatesTest {
    @Test
    void aMomentReadsAsDayHourAndMinuteInBeijingTime() {
        assertEquals("2026年12月25日 17:00（北京时间）", NoticeDates.time("2026-12-25T17:00:00+08:00"));
    }

    @Test
    void aMomentGivenInAnotherOffsetIsShownInBeijingTime() {
        assertEquals("2026年12月25日 17:00（北京时间）", NoticeDates.time("2026-12-25T09:00:00Z"));
        assertEquals("2026年12月26日 01:30（北京时间）", NoticeDates.time("2026-12-25T17:30:00Z"));
    }

    @Test
    void aMomentWithoutOffsetIsTakenAsBeijingTime() {
        assertEquals("2026年3月5日 08:05（北京时间）", NoticeDates.time("2026-03-05T08:05"));
    }

    @Test
    void aDayReadsAsYearMonthDayWithoutLeadingZeros() {
        assertEquals("2026年3月5日", NoticeDates.date("2026-03-05"));
        assertEquals("2026年3月5日", NoticeDates.time("2026-03-05"));
    }

    @Test
    void theDayOfAMomentIsItsDayInBeijing() {
        assertEquals("2026年12月26日", NoticeDates.date("2026-12-25T17:30:00Z"));
        assertEquals("2026年12月31日", NoticeDates.date("2026-12-31T17:00:00+08:00"));
    }

    @Test
    void aMomentWrittenAsEpochSecondsReadsTheSame() {
        assertEquals("2026年12月25日 17:00（北京时间）", NoticeDates.time("1798189200.000000000"));
        assertEquals("2026年12月25日", NoticeDates.date(1798189200));
    }

    @Test
    void whatIsNotADateIsShownAsItCame() {
        assertEquals("另行通知", NoticeDates.time("另行通知"));
        assertEquals("", NoticeDates.date(null));
    }
}
