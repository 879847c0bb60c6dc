package cn.studio.review.decision;

import cn.studio.platform.problem.ProblemException;
import cn.studio.review.campaign.Campaign;
import cn.studio.review.reviewcase.ReviewCase;
import cn.studio.review.reviewer.Expertise;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The recommendation of outstanding named studios to 市总工会, from a final decision: as XLSX and as a printable PDF. */
@ApplicationScoped
public class CityRecommendation {
    /** A studio on the list, in the decision's order. */
    record Studio(String namedTitle, String leaderName, String unit, String recommender, String fields, BigDecimal fundingWanYuan) {
    }

    /** The list of a final decision: the campaign's title, when 区科委 approved it, the studios recommended. */
    record Listing(String campaignTitle, Instant decidedAt, List<Studio> studios) {
    }

    public byte[] workbook(UUID decisionId) {
        Listing l = listing(decisionId);
        return CityRecommendationWorkbook.write(l.campaignTitle(), l.studios().stream()
                .map(s -> new CityRecommendationWorkbook.Row(s.namedTitle(), s.leaderName(), s.unit(), s.recommender(),
                        s.fields(), s.fundingWanYuan().doubleValue())).toList());
    }

    /** The printable list and its file name (Chinese). */
    public CityRecommendationPdf.Printed pdf(UUID decisionId) {
        return CityRecommendationPdf.print(listing(decisionId));
    }

    private Listing listing(UUID decisionId) {
        Decision d = Decision.findById(decisionId);
        if (d == null) {
            throw ProblemException.notFound("认定决定");
        }
        if (d.state != DecisionState.APPROVED) {
            throw ProblemException.conflict("DECISION_NOT_FINAL", "认定决定尚未经区科委审批通过");
        }
        Campaign campaign = Campaign.findById(d.campaignId);
        List<Studio> studios = DecisionEntry.of(d.id).stream().filter(e -> e.cityRecommended).map(e -> {
            ReviewCase c = ReviewCase.findById(e.applicationId);
            String fields = c.innovationFields.stream().map(CityRecommendation::label).collect(Collectors.joining("、"));
            return new Studio(e.namedTitle, c.leaderName, c.applicantOrgName, c.recommenderOrgName, fields, e.fundingWanYuan);
        }).toList();
        return new Listing(campaign == null ? "" : campaign.title, d.decidedAt, studios);
    }

    private static String label(String code) {
        try {
            return Expertise.valueOf(code).label;
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
