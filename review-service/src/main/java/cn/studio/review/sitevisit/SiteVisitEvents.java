package cn.studio.review.sitevisit;

import cn.studio.review.reviewcase.CaseUnit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Site-visit payloads on {@code review-events} (events.md). */
public final class SiteVisitEvents {
    public static final String SCHEDULED = "review.sitevisit.scheduled";

    private SiteVisitEvents() {
    }

    public record Scheduled(UUID visitId, UUID roundId, CaseUnit unit, OffsetDateTime scheduledAt, String address,
                            List<String> visitors, boolean rescheduled) {
    }
}
