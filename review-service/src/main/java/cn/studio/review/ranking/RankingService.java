package cn.studio.review.ranking;

import cn.studio.review.ranking.engine.Method;
import cn.studio.review.ranking.engine.RankedCase;
import cn.studio.review.ranking.engine.Ranking;
import cn.studio.review.ranking.engine.RankingOptions;
import cn.studio.review.ranking.engine.RankingWorkbook;
import cn.studio.review.ranking.engine.Score;
import cn.studio.review.ranking.engine.Verdict;
import cn.studio.review.reviewcase.ReviewCase;
import cn.studio.review.round.ReviewRound;
import cn.studio.review.round.RoundService;
import cn.studio.review.scorecard.ScorecardService;
import cn.studio.review.sitevisit.SiteVisitService;
import cn.studio.review.sitevisit.VisitVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The round's ranking from submitted scorecards, with site-visit verdicts as a gate. */
@ApplicationScoped
public class RankingService {
    public static final double DEFAULT_DISAGREEMENT = 20.0;

    @Inject
    RoundService rounds;
    @Inject
    ScorecardService scorecards;
    @Inject
    SiteVisitService siteVisits;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RankingLine", description = "排名中的一件 / a ranked case")
    public record Line(int rank, UUID applicationId, String studioName, String applicantOrgName, double score,
                       double mean, double spread, int scores, boolean disagreement, boolean tied, String verdict,
                       boolean excluded) {
    }

    public record RankingView(UUID roundId, Method method, double disagreementThreshold, long serverMicros,
                              List<Line> lines) {
    }

    public RankingView rank(UUID roundId, Method method, Double threshold) {
        ReviewRound round = rounds.visible(roundId);
        Map<UUID, ReviewCase> cases = new HashMap<>();
        ReviewCase.ofCampaign(round.campaignId).forEach(c -> cases.put(c.applicationId, c));
        List<Score> scores = new ArrayList<>();
        scorecards.submittedTotals(roundId).forEach(t -> scores.add(new Score(t.applicationId(), t.reviewer(), t.total().doubleValue())));
        Map<UUID, Verdict> verdicts = new HashMap<>();
        siteVisits.verdicts(roundId).forEach((id, v) -> verdicts.put(id, toVerdict(v)));
        RankingOptions options = new RankingOptions(method, threshold == null ? DEFAULT_DISAGREEMENT : threshold);
        long start = System.nanoTime();
        List<RankedCase> ranked = Ranking.rank(cases.keySet(),
                scores.stream().filter(s -> cases.containsKey(s.caseId())).toList(), verdicts, options);
        long micros = (System.nanoTime() - start) / 1000;
        List<Line> lines = ranked.stream().map(r -> {
            ReviewCase c = cases.get(r.caseId());
            return new Line(r.rank(), r.caseId(), c.studioName, c.applicantOrgName, r.score(), r.mean(), r.spread(),
                    r.scores(), r.disagreement(), r.tied(), r.verdict() == null ? null : r.verdict().name(), r.excluded());
        }).toList();
        return new RankingView(roundId, method, options.disagreementThreshold(), micros, lines);
    }

    public byte[] workbook(UUID roundId, Method method, Double threshold) {
        RankingView view = rank(roundId, method, threshold);
        ReviewRound round = rounds.visible(roundId);
        Map<UUID, String[]> labels = new HashMap<>();
        ReviewCase.ofCampaign(round.campaignId).forEach(c -> labels.put(c.applicationId, new String[]{c.studioName, c.applicantOrgName}));
        List<RankedCase> ranked = view.lines().stream().map(l -> new RankedCase(l.rank(), l.applicationId(), l.score(),
                l.mean(), l.spread(), l.scores(), l.disagreement(), l.tied(),
                l.verdict() == null ? null : Verdict.valueOf(l.verdict()), l.excluded())).toList();
        return RankingWorkbook.write(ranked, labels, method);
    }

    private static Verdict toVerdict(VisitVerdict v) {
        return v == null ? null : Verdict.valueOf(v.name());
    }
}
