package cn.studio.review.decision;

import cn.studio.platform.problem.ProblemException;
import cn.studio.review.campaign.Campaign;
import cn.studio.review.reviewcase.ReviewCase;
import cn.studio.review.reviewer.Expertise;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The recommendation of outstanding named studios to 市总工会, from a final decision. */
@ApplicationScoped
public class CityRecommendation {
    public byte[] workbook(UUID decisionId) {
        Decision d = Decision.findById(decisionId);
        if (d == null) {
            throw ProblemException.notFound("认定决定");
        }
        if (d.state != DecisionState.APPROVED) {
            throw ProblemException.conflict("DECISION_NOT_FINAL", "认定决定尚未经区科委审批通过");
        }
        Campaign campaign = Campaign.findById(d.campaignId);
        List<CityRecommendationWorkbook.Row> rows = DecisionEntry.of(d.id).stream().filter(e -> e.cityRecommended).map(e -> {
            ReviewCase c = ReviewCase.findById(e.applicationId);
            String fields = c.innovationFields.stream().map(CityRecommendation::label).collect(Collectors.joining("、"));
            return new CityRecommendationWorkbook.Row(e.namedTitle, c.leaderName, c.applicantOrgName, c.recommenderOrgName,
                    fields, e.fundingWanYuan.doubleValue());
        }).toList();
        return CityRecommendationWorkbook.write(campaign == null ? "" : campaign.title, rows);
    }

    private static String label(String code) {
        try {
            return Expertise.valueOf(code).label;
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
