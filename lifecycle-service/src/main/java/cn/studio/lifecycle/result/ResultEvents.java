package cn.studio.lifecycle.result;

import cn.studio.lifecycle.studio.StudioEvents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Result payloads on {@code lifecycle-events} (events.md). */
public final class ResultEvents {
    public static final String RECORDED = "studio.result.recorded";

    private ResultEvents() {
    }

    public record Recorded(StudioEvents.StudioRef studio, UUID resultId, String title, ResultType type, String typeLabel,
                           LocalDate achievedOn, int year, BigDecimal economicBenefitWanYuan, long resultsInYear,
                           String recordedBy) {
    }
}
