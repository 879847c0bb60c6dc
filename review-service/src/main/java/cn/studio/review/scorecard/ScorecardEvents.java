package cn.studio.review.scorecard;

import java.util.UUID;

/** Scorecard payloads on {@code review-events} (events.md). */
public final class ScorecardEvents {
    public static final String SCORES_COMPLETED = "review.scores.completed";

    private ScorecardEvents() {
    }

    public record ScoresCompleted(UUID roundId, UUID campaignId, String campaignTitle, long cases, long scorecards) {
    }
}
