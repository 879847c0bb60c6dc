package cn.studio.review.decision;

import cn.studio.review.reviewcase.CaseUnit;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Decision payloads on {@code review-events} (events.md). */
public final class DecisionEvents {
    public static final String PROPOSED = "review.decision.proposed";
    public static final String RETURNED = "review.decision.returned";
    public static final String DECIDED = "review.decided";
    public static final String CITY_RECOMMENDED = "review.city-recommended";

    private DecisionEvents() {
    }

    public record Proposed(UUID decisionId, UUID roundId, UUID campaignId, String campaignTitle, int quota,
                           int proposedCount, String overQuotaReason, String proposedBy) {
    }

    public record Returned(UUID decisionId, UUID roundId, UUID campaignId, String campaignTitle, String reason,
                           String returnedBy) {
    }

    /** A named studio: the case's unit and what the decision gives it. */
    public record Named(UUID applicationId, UUID campaignId, String campaignTitle, String studioName, String leaderName,
                        String applicantOrgId, String applicantOrgName, String recommenderOrgId,
                        String recommenderOrgName, String contactName, String contactPhone, String contactEmail,
                        String namedTitle, String level, BigDecimal fundingWanYuan, boolean cityRecommended,
                        List<String> innovationFields) {
    }

    public record Decided(UUID decisionId, UUID roundId, UUID campaignId, String campaignTitle,
                          OffsetDateTime decidedAt, List<Named> named, List<CaseUnit> notNamed) {
    }

    public record CityStudio(UUID applicationId, String namedTitle, String leaderName, String applicantOrgName) {
    }

    public record CityRecommended(UUID decisionId, UUID campaignId, String campaignTitle, List<CityStudio> studios) {
    }
}
