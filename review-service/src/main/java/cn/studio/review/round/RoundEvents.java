package cn.studio.review.round;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Round payloads on {@code review-events} (events.md). */
public final class RoundEvents {
    public static final String OPENED = "review.round.opened";

    private RoundEvents() {
    }

    public record Opened(UUID roundId, UUID campaignId, String campaignTitle, String name, int reviewersPerCase,
                         OffsetDateTime scoringDeadline, OffsetDateTime siteVisitDeadline) {
    }
}
