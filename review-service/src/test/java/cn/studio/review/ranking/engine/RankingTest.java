package cn.studio.review.ranking.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingTest {
    private static final RankingOptions MEAN = new RankingOptions(Method.MEAN, 20);
    private static final double EPS = 1e-9;

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    /** Scores for case n: reviewers r0, r1, … in order. */
    private static List<Score> scores(int n, double... totals) {
        List<Score> list = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            list.add(new Score(id(n), "r" + i, totals[i]));
        }
        return list;
    }

    @SafeVarargs
    private static List<Score> all(List<Score>... parts) {
        List<Score> list = new ArrayList<>();
        for (List<Score> p : parts) {
            list.addAll(p);
        }
        return list;
    }

    private static List<UUID> order(List<RankedCase> ranking) {
        return ranking.stream().map(RankedCase::caseId).toList();
    }

    private static List<Integer> ranks(List<RankedCase> ranking) {
        return ranking.stream().map(RankedCase::rank).toList();
    }

    private static RankedCase find(List<RankedCase> ranking, int n) {
        return ranking.stream().filter(r -> r.caseId().equals(id(n))).findFirst().orElseThrow();
    }

    @Test
    void meanRanksHighestFirstAndReportsMeanSpreadAndCount() {
        List<RankedCase> ranking = Ranking.rank(all(scores(1, 70, 80, 90), scores(2, 85, 95), scores(3, 60)), Map.of(), MEAN);

        assertEquals(List.of(id(2), id(1), id(3)), order(ranking));
        assertEquals(List.of(1, 2, 3), ranks(ranking));
        RankedCase first = ranking.get(0);
        assertEquals(90, first.score(), EPS);
        assertEquals(90, first.mean(), EPS);
        assertEquals(10, first.spread(), EPS);
        assertEquals(2, first.scores());
        assertEquals(0, ranking.get(2).spread(), EPS);
        assertTrue(ranking.stream().noneMatch(RankedCase::tied));
    }

    @Test
    void tiesShareACompetitionRank() {
        List<RankedCase> ranking = Ranking.rank(all(scores(1, 90), scores(2, 80), scores(3, 80), scores(4, 70)), Map.of(), MEAN);

        assertEquals(List.of(1, 2, 2, 4), ranks(ranking));
        assertEquals(List.of(false, true, true, false), ranking.stream().map(RankedCase::tied).toList());
        assertEquals(List.of(id(1), id(2), id(3), id(4)), order(ranking));
    }

    @Test
    void equalMeansReachedThroughDifferentRoundingStillTie() {
        // 70.1 + 70.2 + 70.3 and 3 × 70.2 differ in the last bits of a double
        List<RankedCase> ranking = Ranking.rank(all(scores(1, 70.1, 70.2, 70.3), scores(2, 70.2, 70.2, 70.2)), Map.of(), MEAN);

        assertEquals(List.of(1, 1), ranks(ranking));
        assertTrue(ranking.get(0).tied());
    }

    @Test
    void trimmedMeanDropsTheHighestAndLowestWithFourOrMoreScores() {
        RankingOptions trimmed = new RankingOptions(Method.TRIMMED_MEAN, 100);
        List<RankedCase> ranking = Ranking.rank(all(scores(1, 10, 80, 82, 84, 100), scores(2, 60, 70, 80, 90)), Map.of(), trimmed);

        assertEquals(82, find(ranking, 1).score(), EPS);
        assertEquals(71.2, find(ranking, 1).mean(), EPS);
        assertEquals(75, find(ranking, 2).score(), EPS);
    }

    @Test
    void trimmedMeanIsThePlainMeanWithThreeOrFewerScores() {
        RankingOptions trimmed = new RankingOptions(Method.TRIMMED_MEAN, 100);
        List<RankedCase> ranking = Ranking.rank(all(scores(1, 10, 80, 90), scores(2, 50)), Map.of(), trimmed);

        assertEquals(60, find(ranking, 1).score(), EPS);
        assertEquals(50, find(ranking, 2).score(), EPS);
    }

    @Test
    void trimmedMeanDropsOnlyOneOfEqualExtremes() {
        RankingOptions trimmed = new RankingOptions(Method.TRIMMED_MEAN, 100);
        List<RankedCase> ranking = Ranking.rank(scores(1, 60, 60, 90, 90), Map.of(), trimmed);

        assertEquals(75, ranking.get(0).score(), EPS);
    }

    @Test
    void zScoreEvensOutALenientAndAStrictReviewer() {
        // "easy" gives everything 90+, "hard" everything 60+: by the mean X (easy's worst) beats Y (hard's best)
        List<Score> scores = List.of(
                new Score(id(1), "easy", 92), new Score(id(3), "easy", 96), new Score(id(4), "easy", 98),
                new Score(id(2), "hard", 80), new Score(id(5), "hard", 62), new Score(id(6), "hard", 64));

        List<RankedCase> byMean = Ranking.rank(scores, Map.of(), MEAN);
        List<RankedCase> byZ = Ranking.rank(scores, Map.of(), new RankingOptions(Method.Z_SCORE, 20));

        assertTrue(find(byMean, 1).rank() < find(byMean, 2).rank());
        assertTrue(find(byZ, 2).rank() < find(byZ, 1).rank());
        assertEquals(id(2), byZ.get(0).caseId());
    }

    @Test
    void zScoreIsShownOnTheScaleOfAllScores() {
        // a: 60, 80 (mean 70, sd 10); b: 70, 90 (mean 80, sd 10); all four: mean 75, sd √125
        List<Score> scores = List.of(new Score(id(1), "a", 60), new Score(id(2), "a", 80),
                new Score(id(1), "b", 90), new Score(id(2), "b", 70));

        List<RankedCase> ranking = Ranking.rank(scores, Map.of(), new RankingOptions(Method.Z_SCORE, 50));

        // case 1: z = (−1 + 1) / 2 = 0 → 75; case 2 likewise: a tie at the overall mean
        assertEquals(75, find(ranking, 1).score(), EPS);
        assertEquals(75, find(ranking, 2).score(), EPS);
        assertEquals(List.of(1, 1), ranks(ranking));

        List<Score> skewed = List.of(new Score(id(1), "a", 60), new Score(id(2), "a", 80), new Score(id(3), "a", 70),
                new Score(id(1), "b", 50), new Score(id(2), "b", 50), new Score(id(3), "b", 50));
        // a: mean 70, sd √(200/3); b: sd 0 ⇒ every z of b is 0. overall: mean 60, sd √(800/6)
        List<RankedCase> z = Ranking.rank(skewed, Map.of(), new RankingOptions(Method.Z_SCORE, 50));
        double zCase2 = (10 / Math.sqrt(200.0 / 3)) / 2;
        assertEquals(60 + zCase2 * Math.sqrt(800.0 / 6), find(z, 2).score(), EPS);
        assertEquals(60, find(z, 3).score(), EPS);
        assertEquals(65, find(z, 2).mean(), EPS);
    }

    @Test
    void aReviewerGivingEveryoneTheSameTotalCountsAsNeutral() {
        List<Score> scores = List.of(new Score(id(1), "flat", 70.1), new Score(id(2), "flat", 70.1), new Score(id(3), "flat", 70.1));

        List<RankedCase> ranking = Ranking.rank(scores, Map.of(), new RankingOptions(Method.Z_SCORE, 20));

        assertEquals(List.of(1, 1, 1), ranks(ranking));
        ranking.forEach(r -> assertEquals(70.1, r.score(), 1e-6));
    }

    @Test
    void aSpreadAboveTheThresholdIsFlaggedAndOneAtItIsNot() {
        List<RankedCase> ranking = Ranking.rank(all(scores(1, 60, 81), scores(2, 60, 80), scores(3, 75)), Map.of(), MEAN);

        assertTrue(find(ranking, 1).disagreement());
        assertFalse(find(ranking, 2).disagreement());
        assertFalse(find(ranking, 3).disagreement());
        assertEquals(21, find(ranking, 1).spread(), EPS);
    }

    @Test
    void aFailedSiteVisitExcludesTheCaseAndTheOthersCloseUp() {
        List<Score> scores = all(scores(1, 95), scores(2, 90), scores(3, 85), scores(4, 80));
        Map<UUID, Verdict> verdicts = Map.of(id(1), Verdict.FAIL, id(2), Verdict.PASS, id(3), Verdict.CONCERNS);

        List<RankedCase> ranking = Ranking.rank(scores, verdicts, MEAN);

        assertEquals(List.of(id(2), id(3), id(4), id(1)), order(ranking));
        assertEquals(List.of(1, 2, 3, 0), ranks(ranking));
        RankedCase failed = ranking.get(3);
        assertTrue(failed.excluded());
        assertEquals(Verdict.FAIL, failed.verdict());
        assertEquals(95, failed.score(), EPS);
        assertEquals(Verdict.CONCERNS, find(ranking, 3).verdict());
        assertFalse(find(ranking, 3).excluded());
        assertNull(find(ranking, 4).verdict());
    }

    @Test
    void excludedCasesFollowInScoreOrderAndAreNeverTied() {
        List<Score> scores = all(scores(1, 70), scores(2, 90), scores(3, 90), scores(4, 50));
        Map<UUID, Verdict> verdicts = Map.of(id(2), Verdict.FAIL, id(3), Verdict.FAIL, id(4), Verdict.FAIL);

        List<RankedCase> ranking = Ranking.rank(scores, verdicts, MEAN);

        assertEquals(List.of(id(1), id(2), id(3), id(4)), order(ranking));
        assertEquals(List.of(1, 0, 0, 0), ranks(ranking));
        assertTrue(ranking.stream().noneMatch(RankedCase::tied));
    }

    @Test
    void casesWithoutScoresComeLast() {
        Map<UUID, Verdict> verdicts = Map.of(id(9), Verdict.PASS, id(8), Verdict.FAIL);

        List<RankedCase> ranking = Ranking.rank(List.of(id(7), id(1)), all(scores(1, 50), scores(2, 60)), verdicts, MEAN);

        assertEquals(List.of(id(2), id(1), id(7), id(8), id(9)), order(ranking));
        RankedCase unscored = find(ranking, 7);
        assertEquals(0, unscored.scores());
        assertEquals(0, unscored.rank());
        assertEquals(0, unscored.score(), EPS);
        assertFalse(unscored.excluded());
        assertTrue(find(ranking, 8).excluded());
        assertEquals(Verdict.PASS, find(ranking, 9).verdict());
    }

    @Test
    void withoutACaseListOnlyVerdictsNameUnscoredCases() {
        List<RankedCase> ranking = Ranking.rank(scores(1, 50), Map.of(id(5), Verdict.CONCERNS), MEAN);

        assertEquals(List.of(id(1), id(5)), order(ranking));
        assertEquals(0, ranking.get(1).scores());
    }

    @Test
    void nullVerdictsMeanNoSiteVisits() {
        assertEquals(List.of(1), ranks(Ranking.rank(scores(1, 50), null, MEAN)));
    }

    @Test
    void noScoresGiveAnEmptyRanking() {
        assertEquals(List.of(), Ranking.rank(List.of(), Map.of(), MEAN));
    }

    @Test
    void twoTotalsFromOneReviewerForOneCaseAreRefused() {
        List<Score> scores = List.of(new Score(id(1), "r", 50), new Score(id(1), "r", 60));

        assertThrows(IllegalArgumentException.class, () -> Ranking.rank(scores, Map.of(), MEAN));
    }

    @Test
    void aTotalThatIsNotANumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Score(id(1), "r", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new RankingOptions(Method.MEAN, -1));
    }

    @Test
    void theInputOrderNeverChangesTheRanking() {
        Random random = new Random(3);
        List<Score> scores = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            for (int r = 0; r < 5; r++) {
                // coarse totals so that ties occur
                scores.add(new Score(id(c), "r" + random.nextInt(12) + "-" + r, 60 + random.nextInt(9) * 2.5 + 0.1));
            }
        }
        Map<UUID, Verdict> verdicts = Map.of(id(3), Verdict.FAIL, id(4), Verdict.CONCERNS);
        for (Method method : Method.values()) {
            RankingOptions options = new RankingOptions(method, 10);
            List<RankedCase> first = Ranking.rank(scores, verdicts, options);
            for (int round = 0; round < 5; round++) {
                List<Score> shuffled = new ArrayList<>(scores);
                Collections.shuffle(shuffled, random);
                assertEquals(first, Ranking.rank(shuffled, verdicts, options), method + " round " + round);
            }
        }
    }

    @Test
    void randomRankingsAreConsistent() {
        Random random = new Random(17);
        for (int round = 0; round < 50; round++) {
            List<Score> scores = new ArrayList<>();
            int cases = 1 + random.nextInt(80);
            for (int c = 0; c < cases; c++) {
                int n = random.nextInt(7);
                for (int r = 0; r < n; r++) {
                    scores.add(new Score(id(c), "r" + r, random.nextInt(41) + 60));
                }
            }
            Map<UUID, Verdict> verdicts = new HashMap<>();
            for (int c = 0; c < cases; c++) {
                if (random.nextInt(8) == 0) {
                    verdicts.put(id(c), Verdict.values()[random.nextInt(3)]);
                }
            }
            Method method = Method.values()[random.nextInt(3)];
            List<RankedCase> ranking = Ranking.rank(scores, verdicts, new RankingOptions(method, 15));

            Set<UUID> named = new java.util.HashSet<>(verdicts.keySet());
            scores.forEach(s -> named.add(s.caseId()));
            assertEquals(named.size(), ranking.size());
            int phase = 0; // 0 ranked, 1 excluded with scores, 2 unscored
            for (int i = 0; i < ranking.size(); i++) {
                RankedCase rc = ranking.get(i);
                int p = rc.scores() == 0 ? 2 : rc.excluded() ? 1 : 0;
                assertTrue(p >= phase, "groups in order");
                phase = p;
                assertEquals(verdicts.get(rc.caseId()) == Verdict.FAIL, rc.excluded());
                assertEquals(rc.spread() > 15, rc.disagreement());
                if (p > 0) {
                    assertEquals(0, rc.rank());
                    assertFalse(rc.tied());
                } else if (i == 0) {
                    assertEquals(1, rc.rank());
                } else {
                    RankedCase prev = ranking.get(i - 1);
                    assertTrue(prev.score() >= rc.score() - 1e-6, "descending");
                    assertEquals(Math.abs(prev.score() - rc.score()) < 1e-7 ? prev.rank() : i + 1, rc.rank(), "competition rank");
                }
            }
        }
    }
}
