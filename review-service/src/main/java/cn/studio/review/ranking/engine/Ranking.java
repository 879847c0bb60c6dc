package cn.studio.review.ranking.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Ranks cases from their reviewers' submitted totals.
 * <ul>
 *   <li>The score follows {@link RankingOptions#method()}: {@link Method#MEAN}, {@link Method#TRIMMED_MEAN} (drops the
 *   single highest and lowest total when a case has 4 or more) or {@link Method#Z_SCORE} (per-reviewer
 *   standardisation, shown back on the 0–100 scale). See {@link Method}.</li>
 *   <li>Ties share a rank, competition style (1, 2, 2, 4), and are marked {@code tied}. Scores equal within 1e-9
 *   (relative) count as equal, so the order in which floating-point sums were taken never splits a tie.</li>
 *   <li>A site visit that failed excludes the case: it follows every ranked case, without a rank (0). CONCERNS and
 *   PASS only show.</li>
 *   <li>A case without scores comes last, with {@code scores == 0}, rank 0 and zero score, mean and spread.</li>
 *   <li>Equal scores and the excluded and unscored groups are listed in the order of the case ids; the input order
 *   never matters (totals are summed in a canonical order), so the same scores give the same ranking.</li>
 * </ul>
 */
public final class Ranking {
    private static final double TIE_TOLERANCE = 1e-9;

    private Ranking() {
    }

    /**
     * Ranks the cases that have scores or a site-visit verdict.
     *
     * @param siteVisitVerdicts case id → verdict of its site visit; cases without a visit are simply absent (may be null)
     * @throws IllegalArgumentException if a reviewer has two totals for the same case
     */
    public static List<RankedCase> rank(List<Score> scores, Map<UUID, Verdict> siteVisitVerdicts, RankingOptions options) {
        return rank(Set.of(), scores, siteVisitVerdicts, options);
    }

    /**
     * Ranks the given cases and any other case that has scores or a verdict: name every case of the round here so
     * that those nobody has scored yet are listed too.
     */
    public static List<RankedCase> rank(Collection<UUID> cases, List<Score> scores, Map<UUID, Verdict> siteVisitVerdicts,
                                        RankingOptions options) {
        Map<UUID, Verdict> verdicts = siteVisitVerdicts == null ? Map.of() : siteVisitVerdicts;
        List<Score> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparing(Score::caseId).thenComparing(Score::reviewer));

        Map<String, double[]> reviewerStats = options.method() == Method.Z_SCORE ? reviewerStats(sorted) : Map.of();
        double[] overall = options.method() == Method.Z_SCORE ? meanAndDeviation(sorted) : null;

        List<Line> ranked = new ArrayList<>();
        List<Line> excluded = new ArrayList<>();
        Set<UUID> scored = new TreeSet<>();
        int from = 0;
        while (from < sorted.size()) {
            UUID caseId = sorted.get(from).caseId();
            int to = from + 1;
            while (to < sorted.size() && sorted.get(to).caseId().equals(caseId)) {
                if (sorted.get(to).reviewer().equals(sorted.get(to - 1).reviewer())) {
                    throw new IllegalArgumentException("two totals from " + sorted.get(to).reviewer() + " for case " + caseId);
                }
                to++;
            }
            Line line = line(sorted.subList(from, to), options, reviewerStats, overall, verdicts.get(caseId));
            (line.verdict == Verdict.FAIL ? excluded : ranked).add(line);
            scored.add(caseId);
            from = to;
        }

        Comparator<Line> byKey = Comparator.comparingDouble((Line l) -> -l.key).thenComparing(l -> l.caseId);
        ranked.sort(byKey);
        excluded.sort(byKey);

        List<RankedCase> result = new ArrayList<>(ranked.size() + excluded.size());
        int i = 0;
        while (i < ranked.size()) {
            double head = ranked.get(i).key;
            int j = i + 1;
            while (j < ranked.size() && head - ranked.get(j).key <= TIE_TOLERANCE * Math.max(1, Math.abs(head))) {
                j++;
            }
            boolean tied = j - i > 1;
            for (int k = i; k < j; k++) {
                result.add(ranked.get(k).toRanked(i + 1, tied, options));
            }
            i = j;
        }
        for (Line line : excluded) {
            result.add(line.toRanked(0, false, options));
        }

        Set<UUID> unscored = new TreeSet<>(cases);
        unscored.addAll(verdicts.keySet());
        unscored.removeAll(scored);
        for (UUID caseId : unscored) {
            Verdict verdict = verdicts.get(caseId);
            result.add(new RankedCase(0, caseId, 0, 0, 0, 0, false, false, verdict, verdict == Verdict.FAIL));
        }
        return result;
    }

    private static final class Line {
        UUID caseId;
        double key;
        double score;
        double mean;
        double spread;
        int count;
        Verdict verdict;

        RankedCase toRanked(int rank, boolean tied, RankingOptions options) {
            return new RankedCase(rank, caseId, score, mean, spread, count, spread > options.disagreementThreshold(), tied,
                    verdict, verdict == Verdict.FAIL);
        }
    }

    /** One case's scores, already in reviewer order. */
    private static Line line(List<Score> caseScores, RankingOptions options, Map<String, double[]> reviewerStats,
                             double[] overall, Verdict verdict) {
        int n = caseScores.size();
        double[] totals = new double[n];
        for (int k = 0; k < n; k++) {
            totals[k] = caseScores.get(k).total();
        }
        Arrays.sort(totals);
        double sum = 0;
        for (double t : totals) {
            sum += t;
        }
        Line line = new Line();
        line.caseId = caseScores.get(0).caseId();
        line.count = n;
        line.verdict = verdict;
        line.mean = sum / n;
        line.spread = totals[n - 1] - totals[0];
        switch (options.method()) {
            case MEAN -> line.key = line.mean;
            case TRIMMED_MEAN -> line.key = n >= 4 ? (sum - totals[0] - totals[n - 1]) / (n - 2) : line.mean;
            case Z_SCORE -> {
                double z = 0;
                for (Score s : caseScores) {
                    double[] stats = reviewerStats.get(s.reviewer());
                    z += stats[1] == 0 ? 0 : (s.total() - stats[0]) / stats[1];
                }
                line.key = z / n;
            }
        }
        line.score = options.method() == Method.Z_SCORE ? overall[0] + line.key * overall[1] : line.key;
        return line;
    }

    /** Reviewer → {mean, population standard deviation} over all that reviewer's totals (excluded cases too). */
    private static Map<String, double[]> reviewerStats(List<Score> sorted) {
        Map<String, List<Score>> byReviewer = new TreeMap<>();
        for (Score s : sorted) {
            byReviewer.computeIfAbsent(s.reviewer(), r -> new ArrayList<>()).add(s);
        }
        Map<String, double[]> stats = new HashMap<>();
        byReviewer.forEach((reviewer, list) -> stats.put(reviewer, meanAndDeviation(list)));
        return stats;
    }

    private static double[] meanAndDeviation(List<Score> scores) {
        if (scores.isEmpty()) {
            return new double[]{0, 0};
        }
        double sum = 0;
        for (Score s : scores) {
            sum += s.total();
        }
        double mean = sum / scores.size();
        double squares = 0;
        for (Score s : scores) {
            squares += (s.total() - mean) * (s.total() - mean);
        }
        double deviation = Math.sqrt(squares / scores.size());
        // equal totals can leave a rounding residue; it must not blow up into z = ±1
        return new double[]{mean, deviation <= TIE_TOLERANCE * Math.max(1, Math.abs(mean)) ? 0 : deviation};
    }
}
