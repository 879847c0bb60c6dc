package cn.studio.review.outcome;

import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import cn.studio.review.decision.Decision;
import cn.studio.review.decision.DecisionEntry;
import cn.studio.review.decision.DecisionService;
import cn.studio.review.reviewcase.ReviewCase;
import cn.studio.review.scorecard.ScorecardService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutcomeService {
    @Inject
    Caller caller;
    @Inject
    DecisionService decisions;
    @Inject
    ScorecardService scorecards;

    public record Outcome(UUID applicationId, boolean decided, Instant decidedAt, boolean named, String namedTitle,
                          String level, BigDecimal fundingWanYuan, boolean cityRecommended, List<String> comments) {
    }

    public Outcome outcome(UUID applicationId) {
        ReviewCase c = ReviewCase.findById(applicationId);
        if (c == null || caller.org() == null || !caller.org().equals(c.applicantOrgId)) {
            throw ProblemException.notFound("评审结果");
        }
        Decision d = decisions.approvedOfCampaign(c.campaignId);
        if (d == null) {
            return new Outcome(applicationId, false, null, false, null, null, null, false, List.of());
        }
        DecisionEntry entry = DecisionEntry.find("decisionId = ?1 and applicationId = ?2", d.id, applicationId).firstResult();
        List<String> comments = scorecards.applicantComments(d.roundId, applicationId);
        if (entry == null) {
            return new Outcome(applicationId, true, d.decidedAt, false, null, null, null, false, comments);
        }
        return new Outcome(applicationId, true, d.decidedAt, true, entry.namedTitle, DecisionService.LEVEL,
                entry.fundingWanYuan, entry.cityRecommended, comments);
    }
}
