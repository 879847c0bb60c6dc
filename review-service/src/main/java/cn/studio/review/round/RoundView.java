package cn.studio.review.round;

import cn.studio.review.campaign.Campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A round as the API shows it; times in Beijing time. */
public record RoundView(UUID id, UUID campaignId, String campaignTitle, String name, RoundState state,
                        String stateLabel, int reviewersPerCase, int maxLoad, OffsetDateTime scoringDeadline,
                        OffsetDateTime siteVisitDeadline, Rubric rubric, List<String> panel, String openedBy,
                        OffsetDateTime openedAt, int version) {
    static RoundView of(ReviewRound r, String campaignTitle, List<String> panel) {
        return new RoundView(r.id, r.campaignId, campaignTitle, r.name, r.state, r.state.label, r.reviewersPerCase,
                r.maxLoad, beijing(r.scoringDeadline), r.siteVisitDeadline == null ? null : beijing(r.siteVisitDeadline),
                r.rubric, panel, r.openedBy, beijing(r.openedAt), r.version);
    }

    private static OffsetDateTime beijing(java.time.Instant t) {
        return t.atZone(Campaign.ZONE).toOffsetDateTime();
    }
}
