package cn.studio.review.assignment.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Independent checks of a plan against its problem: every constraint, and oracles that share no code with the solver. */
final class AssignmentChecks {
    private AssignmentChecks() {
    }

    /** The plan's worth, compared lexicographically: slots filled (more), shared fields (more), load cost (less). */
    record Objective(int filled, int overlap, long loadCost) {
        boolean betterThan(Objective o) {
            if (filled != o.filled) {
                return filled > o.filled;
            }
            if (overlap != o.overlap) {
                return overlap > o.overlap;
            }
            return loadCost < o.loadCost;
        }
    }

    /** Every hard constraint, and that {@code unfilled} says exactly what is missing. */
    static void assertFeasible(AssignmentProblem problem, AssignmentPlan plan) {
        Map<UUID, CaseDemand> cases = new HashMap<>();
        problem.cases().forEach(c -> cases.put(c.caseId(), c));
        Map<String, ReviewerSupply> reviewers = new HashMap<>();
        problem.reviewers().forEach(r -> reviewers.put(r.reviewer(), r));

        assertEquals(plan.assignments().size(), new HashSet<>(plan.assignments()).size(), "a pair made twice");
        Map<UUID, Integer> perCase = new HashMap<>();
        Map<String, Integer> perReviewer = new HashMap<>();
        for (Pair p : plan.assignments()) {
            assertTrue(cases.containsKey(p.caseId()), "unknown case " + p);
            assertTrue(reviewers.containsKey(p.reviewer()), "unknown reviewer " + p);
            assertFalse(problem.forbidden().contains(p), "forbidden pair assigned: " + p);
            perCase.merge(p.caseId(), 1, Integer::sum);
            perReviewer.merge(p.reviewer(), 1, Integer::sum);
        }
        perCase.forEach((id, n) -> assertTrue(n <= cases.get(id).needed(), "case " + id + " got " + n + " > needed"));
        perReviewer.forEach((r, n) -> assertTrue(n <= reviewers.get(r).capacity(), r + " took " + n + " > capacity"));

        Map<UUID, Integer> missing = new LinkedHashMap<>();
        problem.cases().stream().sorted((a, b) -> a.caseId().compareTo(b.caseId())).forEach(c -> {
            int m = c.needed() - perCase.getOrDefault(c.caseId(), 0);
            if (m > 0) {
                missing.put(c.caseId(), m);
            }
        });
        assertEquals(List.copyOf(missing.entrySet()), List.copyOf(plan.unfilled().entrySet()), "unfilled");
        assertEquals(plan.assignments().stream().sorted().toList(), plan.assignments(), "assignments sorted");
    }

    /** New cases per reviewer, zero included. */
    static Map<String, Integer> loads(AssignmentPlan plan, List<ReviewerSupply> reviewers) {
        Map<String, Integer> loads = new HashMap<>();
        reviewers.forEach(r -> loads.put(r.reviewer(), 0));
        plan.assignments().forEach(p -> loads.merge(p.reviewer(), 1, Integer::sum));
        return loads;
    }

    static List<Pair> allowedPairs(AssignmentProblem problem) {
        List<Pair> pairs = new ArrayList<>();
        for (CaseDemand c : problem.cases()) {
            for (ReviewerSupply r : problem.reviewers()) {
                Pair p = new Pair(c.caseId(), r.reviewer());
                if (c.needed() > 0 && r.capacity() > 0 && !problem.forbidden().contains(p)) {
                    pairs.add(p);
                }
            }
        }
        return pairs;
    }

    /** The most slots any plan can fill: Edmonds–Karp on a capacity matrix, written here to share nothing with the solver. */
    static int maximumSlots(AssignmentProblem problem) {
        List<CaseDemand> cases = problem.cases();
        List<ReviewerSupply> reviewers = problem.reviewers();
        int n = 2 + cases.size() + reviewers.size();
        int source = 0;
        int sink = n - 1;
        int[][] cap = new int[n][n];
        Map<UUID, Integer> caseNode = new HashMap<>();
        Map<String, Integer> reviewerNode = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            caseNode.put(cases.get(i).caseId(), 1 + i);
            cap[source][1 + i] = Math.max(0, cases.get(i).needed());
        }
        for (int j = 0; j < reviewers.size(); j++) {
            reviewerNode.put(reviewers.get(j).reviewer(), 1 + cases.size() + j);
            cap[1 + cases.size() + j][sink] = Math.max(0, reviewers.get(j).capacity());
        }
        for (Pair p : allowedPairs(problem)) {
            cap[caseNode.get(p.caseId())][reviewerNode.get(p.reviewer())] = 1;
        }
        int flow = 0;
        int[] parent = new int[n];
        while (true) {
            Arrays.fill(parent, -1);
            parent[source] = source;
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(source));
            while (!queue.isEmpty() && parent[sink] < 0) {
                int u = queue.poll();
                for (int v = 0; v < n; v++) {
                    if (parent[v] < 0 && cap[u][v] > 0) {
                        parent[v] = u;
                        queue.add(v);
                    }
                }
            }
            if (parent[sink] < 0) {
                return flow;
            }
            for (int v = sink; v != source; v = parent[v]) {
                cap[parent[v]][v]--;
                cap[v][parent[v]]++;
            }
            flow++;
        }
    }

    static Objective objective(AssignmentProblem problem, List<Pair> assignments) {
        Map<UUID, CaseDemand> cases = new HashMap<>();
        problem.cases().forEach(c -> cases.put(c.caseId(), c));
        Map<String, ReviewerSupply> reviewers = new HashMap<>();
        problem.reviewers().forEach(r -> reviewers.put(r.reviewer(), r));
        int overlap = 0;
        Map<String, Integer> added = new HashMap<>();
        for (Pair p : assignments) {
            Set<String> shared = new HashSet<>(cases.get(p.caseId()).areas());
            shared.retainAll(reviewers.get(p.reviewer()).expertise());
            overlap += shared.size();
            added.merge(p.reviewer(), 1, Integer::sum);
        }
        long loadCost = 0;
        for (Map.Entry<String, Integer> e : added.entrySet()) {
            int current = reviewers.get(e.getKey()).currentLoad();
            for (int t = 1; t <= e.getValue(); t++) {
                loadCost += current + t;
            }
        }
        return new Objective(assignments.size(), overlap, loadCost);
    }

    /** The best objective over every feasible subset of the allowed pairs (small problems only). */
    static Objective bestObjective(AssignmentProblem problem) {
        List<Pair> pairs = allowedPairs(problem);
        Map<UUID, Integer> needed = new HashMap<>();
        problem.cases().forEach(c -> needed.put(c.caseId(), c.needed()));
        Map<String, Integer> capacity = new HashMap<>();
        problem.reviewers().forEach(r -> capacity.put(r.reviewer(), r.capacity()));
        Objective best = null;
        for (int mask = 0; mask < 1 << pairs.size(); mask++) {
            List<Pair> chosen = new ArrayList<>();
            Map<UUID, Integer> perCase = new HashMap<>();
            Map<String, Integer> perReviewer = new HashMap<>();
            boolean feasible = true;
            for (int b = 0; b < pairs.size() && feasible; b++) {
                if ((mask & 1 << b) != 0) {
                    Pair p = pairs.get(b);
                    chosen.add(p);
                    feasible = perCase.merge(p.caseId(), 1, Integer::sum) <= needed.get(p.caseId())
                            && perReviewer.merge(p.reviewer(), 1, Integer::sum) <= capacity.get(p.reviewer());
                }
            }
            if (feasible) {
                Objective o = objective(problem, chosen);
                if (best == null || o.betterThan(best)) {
                    best = o;
                }
            }
        }
        return best;
    }

    /**
     * Cases needing {@code k} (a few fewer, as if some were assigned by hand), reviewers of capacity {@code maxLoad} and
     * no current load, each pair a conflict with probability {@code conflictRate}, one or two fields per case and
     * reviewer drawn from {@code areas} (none when empty).
     */
    static AssignmentProblem randomProblem(Random random, int caseCount, int reviewerCount, int k, int maxLoad,
                                           double conflictRate, List<String> areas) {
        List<CaseDemand> cases = new ArrayList<>();
        for (int i = 0; i < caseCount; i++) {
            int needed = random.nextInt(10) == 0 ? random.nextInt(k + 1) : k;
            cases.add(new CaseDemand(new UUID(random.nextLong(), random.nextLong()), fields(random, areas), needed));
        }
        List<ReviewerSupply> reviewers = new ArrayList<>();
        for (int j = 0; j < reviewerCount; j++) {
            reviewers.add(new ReviewerSupply("reviewer" + j, fields(random, areas), maxLoad));
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

    private static Set<String> fields(Random random, List<String> areas) {
        Set<String> fields = new HashSet<>();
        if (!areas.isEmpty()) {
            int n = 1 + random.nextInt(2);
            while (fields.size() < n) {
                fields.add(areas.get(random.nextInt(areas.size())));
            }
        }
        return fields;
    }
}
