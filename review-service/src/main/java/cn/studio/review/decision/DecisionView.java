package cn.studio.review.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A decision as the organisers see it. */
public record DecisionView(UUID id, UUID roundId, UUID campaignId, int quota, DecisionState state, String stateLabel,
                           String overQuotaReason, String proposedBy, Instant proposedAt, String returnedBy,
                           Instant returnedAt, String returnReason, String decidedBy, Instant decidedAt,
                           List<Entry> entries, int version) {
    public record Entry(int position, UUID applicationId, String namedTitle, String leaderName, String applicantOrgName,
                        BigDecimal fundingWanYuan, boolean cityRecommended) {
    }
}
