package cn.studio.notification.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuietHoursTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant next(String beijingTime) {
        Instant at = java.time.LocalDateTime.parse(beijingTime).atZone(SHANGHAI).toInstant();
        return QuietHours.nextAllowed(at, LocalTime.of(22, 0), LocalTime.of(8, 0), SHANGHAI);
    }

    private static Instant beijing(String t) {
        return java.time.LocalDateTime.parse(t).atZone(SHANGHAI).toInstant();
    }

    @Test
    void daytimeSmsGoesAtOnce() {
        assertEquals(beijing("2026-11-24T15:30:00"), next("2026-11-24T15:30:00"));
        assertEquals(beijing("2026-11-24T21:59:59"), next("2026-11-24T21:59:59"));
    }

    @Test
    void lateEveningSmsIsHeldUntilEightNextMorning() {
        assertEquals(beijing("2026-11-25T08:00:00"), next("2026-11-24T22:00:00"));
        assertEquals(beijing("2026-11-25T08:00:00"), next("2026-11-24T23:45:10"));
    }

    @Test
    void smallHoursSmsIsHeldUntilEightTheSameMorning() {
        assertEquals(beijing("2026-11-25T08:00:00"), next("2026-11-25T03:10:00"));
        assertEquals(beijing("2026-11-25T08:00:00"), next("2026-11-25T08:00:00"));
    }
}
