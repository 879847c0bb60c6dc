package cn.studio.review.assignment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Assignment payloads on {@code review-events} (events.md). */
public final class AssignmentEvents {
    public static final String ASSIGNED = "review.assigned";

    private AssignmentEvents() {
    }

    public record AssignedCase(UUID applicationId, String studioName, String applicantOrgName) {
    }

    public record Assigned(UUID roundId, UUID campaignId, String campaignTitle, String reviewer,
                           OffsetDateTime scoringDeadline, List<AssignedCase> cases) {
    }
}
