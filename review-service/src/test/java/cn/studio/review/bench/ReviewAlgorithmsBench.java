package cn.studio.review.bench;

import cn.studio.review.assignment.solver.AssignmentPlan;
import cn.studio.review.assignment.solver.AssignmentProblem;
import cn.studio.review.assignment.solver.AssignmentSolver;
import cn.studio.review.assignment.solver.CaseDemand;
import cn.studio.review.assignment.solver.Pair;
import cn.studio.review.assignment.solver.ReviewerSupply;
import cn.studio.review.ranking.engine.Method;
import cn.studio.review.ranking.engine.RankedCase;
import cn.studio.review.ranking.engine.Ranking;
import cn.studio.review.ranking.engine.RankingOptions;
import cn.studio.review.ranking.engine.RankingWorkbook;
import cn.studio.review.ranking.engine.Score;
import cn.studio.review.ranking.engine.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Benchmark (not a test) of review-service's two pure algorithms, warm, in one JVM; each timing is printed beside a
 * baseline measured in the same run on the same input, runs interleaved so both see the same machine.
 * <ul>
 *   <li>assignment: 200 cases × 30 reviewers, k = 3, loads ≤ 25, random conflicts and expertise; baseline a greedy
 *   round-robin over the same instance (skips conflicts and full reviewers, knows no expertise or balance). Target
 *   (issue 11): ≤ 1 s.</li>
 *   <li>ranking: 1,000 cases × 5 reviewers (from a pool of 40 with their own leniency), 5 % failed site visits, each
 *   method; baseline a plain per-case mean sorted descending over the same scores. Target: ≤ 50 ms.</li>
 * </ul>
 * Run by {@code deploy/bench/review-algorithms.sh}; arguments {@code [runs] [seed]}.
 */
public final class ReviewAlgorithmsBench {
    private static final List<String> AREAS = List.of("TECHNOLOGY", "MANAGEMENT", "MARKETING_MODEL", "BRAND_STRATEGY", "OTHER");
    private static long sink;

    private ReviewAlgorithmsBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        Random random = new Random(seed);
        System.out.printf("review algorithms: %d timed runs after %d warm-up runs each, seed %d, %s %s, %d cpus%n", runs,
                warmup(runs), seed, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        assignment(random, runs);
        ranking(random, runs);
        System.out.println("sink " + sink);
    }

    private static int warmup(int runs) {
        return Math.max(20, runs / 2);
    }

    // ---------------------------------------------------------------------------------------------- assignment

    private static void assignment(Random random, int runs) {
        AssignmentProblem problem = assignmentProblem(random, 200, 30, 3, 25, 0.05);
        int slots = problem.cases().stream().mapToInt(CaseDemand::needed).sum();
        System.out.printf("%nassignment: %d cases × %d reviewers, k = 3, loads ≤ 25, %d conflicts, %d slots%n",
                problem.cases().size(), problem.reviewers().size(), problem.forbidden().size(), slots);

        AssignmentPlan plan = AssignmentSolver.solve(problem);
        List<Pair> greedy = greedyRoundRobin(problem);
        String violations = violations(problem, plan.assignments());
        System.out.printf("  quality  solver: %s%n", quality(problem, plan.assignments()));
        System.out.printf("           greedy: %s%n", quality(problem, greedy));
        System.out.printf("  every constraint of the solver's plan: %s%n", violations.isEmpty() ? "kept" : "BROKEN " + violations);

        Timings t = time(runs, () -> AssignmentSolver.solve(problem).assignments().size(), () -> greedyRoundRobin(problem).size());
        t.print("solver", "greedy round-robin", 1000);
    }

    static AssignmentProblem assignmentProblem(Random random, int caseCount, int reviewerCount, int k, int maxLoad,
                                               double conflictRate) {
        List<CaseDemand> cases = new ArrayList<>();
        for (int i = 0; i < caseCount; i++) {
            cases.add(new CaseDemand(new UUID(random.nextLong(), random.nextLong()), fields(random), k));
        }
        List<ReviewerSupply> reviewers = new ArrayList<>();
        for (int j = 0; j < reviewerCount; j++) {
            reviewers.add(new ReviewerSupply(String.format("reviewer%02d", j), fields(random), maxLoad));
        }
        Set<Pair> forbidden = new HashSet<>();
        for (CaseDemand c : cases) {
            for (ReviewerSupply r : reviewers) {
                if (random.nextDouble() < conflictRate) {
                    forbidden.add(new Pair(c.caseId(), r.reviewer()));
                }
            }
        }
        return new AssignmentProblem(cases, reviewers, forbidden);
    }

    private static Set<String> fields(Random random) {
        Set<String> fields = new HashSet<>();
        int n = 1 + random.nextInt(2);
        while (fields.size() < n) {
            fields.add(AREAS.get(random.nextInt(AREAS.size())));
        }
        return fields;
    }

    /** The baseline: cases in turn, each takes the next reviewers of a rotating list who are free of conflict and not full. */
    static List<Pair> greedyRoundRobin(AssignmentProblem problem) {
        List<ReviewerSupply> reviewers = problem.reviewers();
        int[] left = reviewers.stream().mapToInt(ReviewerSupply::capacity).toArray();
        List<Pair> pairs = new ArrayList<>();
        int next = 0;
        for (CaseDemand c : problem.cases()) {
            int got = 0;
            for (int tried = 0; tried < reviewers.size() && got < c.needed(); tried++) {
                int j = (next + tried) % reviewers.size();
                Pair p = new Pair(c.caseId(), reviewers.get(j).reviewer());
                if (left[j] > 0 && !problem.forbidden().contains(p)) {
                    pairs.add(p);
                    left[j]--;
                    got++;
                    next = j + 1;
                }
            }
        }
        return pairs;
    }

    private static String quality(AssignmentProblem problem, List<Pair> pairs) {
        Map<UUID, Set<String>> areas = new HashMap<>();
        problem.cases().forEach(c -> areas.put(c.caseId(), c.areas()));
        Map<String, Set<String>> expertise = new HashMap<>();
        problem.reviewers().forEach(r -> expertise.put(r.reviewer(), r.expertise()));
        Map<String, Integer> loads = new HashMap<>();
        problem.reviewers().forEach(r -> loads.put(r.reviewer(), 0));
        int matched = 0;
        for (Pair p : pairs) {
            if (!Collections.disjoint(areas.get(p.caseId()), expertise.get(p.reviewer()))) {
                matched++;
            }
            loads.merge(p.reviewer(), 1, Integer::sum);
        }
        return String.format("%d slots filled, %d (%.0f %%) with a shared field, loads %d..%d", pairs.size(), matched,
                100.0 * matched / Math.max(1, pairs.size()), Collections.min(loads.values()), Collections.max(loads.values()));
    }

    private static String violations(AssignmentProblem problem, List<Pair> pairs) {
        List<String> broken = new ArrayList<>();
        Map<UUID, Integer> needed = new HashMap<>();
        problem.cases().forEach(c -> needed.put(c.caseId(), c.needed()));
        Map<String, Integer> capacity = new HashMap<>();
        problem.reviewers().forEach(r -> capacity.put(r.reviewer(), r.capacity()));
        Map<UUID, Integer> perCase = new HashMap<>();
        Map<String, Integer> perReviewer = new HashMap<>();
        if (new HashSet<>(pairs).size() != pairs.size()) {
            broken.add("duplicate pair");
        }
        for (Pair p : pairs) {
            if (problem.forbidden().contains(p)) {
                broken.add("forbidden " + p);
            }
            perCase.merge(p.caseId(), 1, Integer::sum);
            perReviewer.merge(p.reviewer(), 1, Integer::sum);
        }
        perCase.forEach((c, n) -> {
            if (n > needed.get(c)) {
                broken.add("case over k " + c);
            }
        });
        perReviewer.forEach((r, n) -> {
            if (n > capacity.get(r)) {
                broken.add("load over maximum " + r);
            }
        });
        return String.join(", ", broken);
    }

    // ---------------------------------------------------------------------------------------------- ranking

    private static void ranking(Random random, int runs) {
        List<Score> scores = new ArrayList<>();
        double[] leniency = new double[40];
        for (int r = 0; r < leniency.length; r++) {
            leniency[r] = random.nextGaussian() * 6;
        }
        Map<UUID, Verdict> verdicts = new HashMap<>();
        for (int c = 0; c < 1000; c++) {
            UUID caseId = new UUID(random.nextLong(), random.nextLong());
            double quality = 60 + random.nextDouble() * 30;
            Set<Integer> panel = new LinkedHashSet<>();
            while (panel.size() < 5) {
                panel.add(random.nextInt(leniency.length));
            }
            for (int r : panel) {
                double total = Math.max(0, Math.min(100, quality + leniency[r] + random.nextGaussian() * 5));
                scores.add(new Score(caseId, String.format("reviewer%02d", r), Math.round(total * 2) / 2.0));
            }
            if (random.nextInt(20) == 0) {
                verdicts.put(caseId, Verdict.FAIL);
            } else if (random.nextInt(10) == 0) {
                verdicts.put(caseId, Verdict.CONCERNS);
            }
        }
        Collections.shuffle(scores, random);
        System.out.printf("%nranking: 1000 cases × 5 reviewers (%d scores, pool of %d reviewers), %d site-visit verdicts%n",
                scores.size(), leniency.length, verdicts.size());

        // the methods share most code: warm all of them before timing the first
        for (int i = 0; i < warmup(runs); i++) {
            for (Method method : Method.values()) {
                sink += Ranking.rank(scores, verdicts, new RankingOptions(method, 20)).size();
            }
        }
        for (Method method : Method.values()) {
            RankingOptions options = new RankingOptions(method, 20);
            List<RankedCase> ranked = Ranking.rank(scores, verdicts, options);
            long flagged = ranked.stream().filter(RankedCase::disagreement).count();
            long tied = ranked.stream().filter(RankedCase::tied).count();
            System.out.printf("  %s: %d lines, %d excluded, %d tied, %d flagged%n", method, ranked.size(),
                    ranked.stream().filter(RankedCase::excluded).count(), tied, flagged);
            Timings t = time(runs, () -> Ranking.rank(scores, verdicts, options).size(), () -> plainMeans(scores).size());
            t.print("Ranking.rank " + method, "plain per-case mean", 50);
        }

        List<RankedCase> ranked = Ranking.rank(scores, verdicts, new RankingOptions(Method.Z_SCORE, 20));
        Map<UUID, String[]> labels = new HashMap<>();
        ranked.forEach(r -> labels.put(r.caseId(), new String[]{"某某职工创新工作室", "某某单位"}));
        Timings xlsx = time(Math.max(20, runs / 4), () -> RankingWorkbook.write(ranked, labels, Method.Z_SCORE).length,
                () -> plainMeans(scores).size());
        System.out.printf("  RankingWorkbook.write (1000 rows, %d bytes): median %.2f ms, p99 %.2f ms (no target)%n",
                RankingWorkbook.write(ranked, labels, Method.Z_SCORE).length, xlsx.a[xlsx.a.length / 2] / 1e6,
                xlsx.a[(int) Math.ceil(xlsx.a.length * 0.99) - 1] / 1e6);
    }

    /** The baseline: group by case, average, sort descending. */
    static List<Map.Entry<UUID, Double>> plainMeans(List<Score> scores) {
        Map<UUID, double[]> sums = new HashMap<>();
        for (Score s : scores) {
            double[] acc = sums.computeIfAbsent(s.caseId(), id -> new double[2]);
            acc[0] += s.total();
            acc[1]++;
        }
        List<Map.Entry<UUID, Double>> means = new ArrayList<>(sums.size());
        sums.forEach((id, acc) -> means.add(Map.entry(id, acc[0] / acc[1])));
        means.sort(Map.Entry.<UUID, Double>comparingByValue().reversed());
        return means;
    }

    // ---------------------------------------------------------------------------------------------- timing

    /** Sorted nanosecond timings of the measured code (a) and its baseline (b). */
    private record Timings(long[] a, long[] b) {
        void print(String what, String baseline, double targetMs) {
            double aMed = percentile(a, 0.5), aP99 = percentile(a, 0.99);
            double bMed = percentile(b, 0.5), bP99 = percentile(b, 0.99);
            System.out.printf("  %-28s median %8.2f ms  p99 %8.2f ms   (target ≤ %.0f ms: %s)%n", what, aMed, aP99, targetMs,
                    aP99 <= targetMs ? "met" : "NOT met");
            System.out.printf("  %-28s median %8.3f ms  p99 %8.3f ms%n", baseline, bMed, bP99);
            System.out.printf("  %-28s median %8.1f×     p99 %8.1f×%n", "ratio", aMed / bMed, aP99 / bP99);
        }

        private static double percentile(long[] sorted, double p) {
            return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)] / 1e6;
        }
    }

    private static Timings time(int runs, Supplier<Integer> measured, Supplier<Integer> baseline) {
        for (int i = 0; i < warmup(runs); i++) {
            sink += measured.get() + baseline.get();
        }
        long[] a = new long[runs];
        long[] b = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += measured.get();
            long t1 = System.nanoTime();
            sink += baseline.get();
            long t2 = System.nanoTime();
            a[i] = t1 - t0;
            b[i] = t2 - t1;
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return new Timings(a, b);
    }
}
