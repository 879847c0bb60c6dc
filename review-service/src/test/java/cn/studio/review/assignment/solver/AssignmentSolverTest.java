package cn.studio.review.assignment.solver;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static cn.studio.review.assignment.solver.AssignmentChecks.assertFeasible;
import static cn.studio.review.assignment.solver.AssignmentChecks.loads;
import static cn.studio.review.assignment.solver.AssignmentChecks.maximumSlots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentSolverTest {
    private static final List<String> AREAS = List.of("TECHNOLOGY", "MANAGEMENT", "MARKETING_MODEL", "BRAND_STRATEGY", "OTHER");

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static CaseDemand kase(int n, int needed, String... areas) {
        return new CaseDemand(id(n), Set.of(areas), needed);
    }

    private static ReviewerSupply reviewer(String name, int capacity, String... expertise) {
        return new ReviewerSupply(name, Set.of(expertise), capacity);
    }

    @Test
    void everyCaseGetsKReviewersAndLoadsDifferByAtMostOne() {
        List<CaseDemand> cases = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cases.add(kase(i, 3));
        }
        List<ReviewerSupply> reviewers = new ArrayList<>();
        for (int j = 0; j < 7; j++) {
            reviewers.add(reviewer("r" + j, 25));
        }
        AssignmentProblem problem = new AssignmentProblem(cases, reviewers, Set.of());

        AssignmentPlan plan = AssignmentSolver.solve(problem);

        assertFeasible(problem, plan);
        assertEquals(30, plan.assignments().size());
        assertEquals(Map.of(), plan.unfilled());
        assertTrue(plan.complete());
        assertTrue(loads(plan, reviewers).values().stream().allMatch(l -> l == 4 || l == 5), loads(plan, reviewers)::toString);
    }

    @Test
    void neverAssignsAForbiddenPair() {
        List<CaseDemand> cases = List.of(kase(1, 2), kase(2, 2));
        List<ReviewerSupply> reviewers = List.of(reviewer("a", 5), reviewer("b", 5), reviewer("c", 5));
        Set<Pair> forbidden = Set.of(new Pair(id(1), "a"), new Pair(id(2), "c"));
        AssignmentProblem problem = new AssignmentProblem(cases, reviewers, forbidden);

        AssignmentPlan plan = AssignmentSolver.solve(problem);

        assertFeasible(problem, plan);
        assertEquals(List.of(new Pair(id(1), "b"), new Pair(id(1), "c"), new Pair(id(2), "a"), new Pair(id(2), "b")),
                plan.assignments());
    }

    @Test
    void conflictsThatLeaveTooFewReviewersAreReportedAsUnfilled() {
        List<CaseDemand> cases = List.of(kase(1, 3), kase(2, 3), kase(3, 1));
        List<ReviewerSupply> reviewers = List.of(reviewer("a", 5), reviewer("b", 5), reviewer("c", 5));
        // case 1: only a is free of conflicts; case 3: everybody is conflicted
        Set<Pair> forbidden = Set.of(new Pair(id(1), "b"), new Pair(id(1), "c"),
                new Pair(id(3), "a"), new Pair(id(3), "b"), new Pair(id(3), "c"));
        AssignmentProblem problem = new AssignmentProblem(cases, reviewers, forbidden);

        AssignmentPlan plan = AssignmentSolver.solve(problem);

        assertFeasible(problem, plan);
        assertEquals(List.of(Map.entry(id(1), 2), Map.entry(id(3), 1)), List.copyOf(plan.unfilled().entrySet()));
        assertFalse(plan.complete());
        assertEquals(3, plan.assignments().stream().filter(p -> p.caseId().equals(id(2))).count());
    }

    @Test
    void alreadyAssignedPairsPassedAsForbiddenAreNotRepeated() {
        // case 1 already has a and b (k = 3): one more, and neither of them
        List<CaseDemand> cases = List.of(kase(1, 1));
        List<ReviewerSupply> reviewers = List.of(new ReviewerSupply("a", Set.of(), 4, 1),
                new ReviewerSupply("b", Set.of(), 4, 1), new ReviewerSupply("c", Set.of(), 5, 0));
        AssignmentProblem problem = new AssignmentProblem(cases, reviewers, Set.of(new Pair(id(1), "a"), new Pair(id(1), "b")));

        assertEquals(List.of(new Pair(id(1), "c")), AssignmentSolver.solve(problem).assignments());
    }

    @Test
    void capacityShortfallFillsAsManySlotsAsCapacityAllows() {
        List<CaseDemand> cases = List.of(kase(1, 3), kase(2, 3), kase(3, 3));
        List<ReviewerSupply> reviewers = List.of(reviewer("a", 2), reviewer("b", 2), reviewer("c", 1), reviewer("d", 0),
                reviewer("e", -3));
        AssignmentProblem problem = new AssignmentProblem(cases, reviewers, Set.of());

        AssignmentPlan plan = AssignmentSolver.solve(problem);

        assertFeasible(problem, plan);
        assertEquals(5, plan.assignments().size());
        assertEquals(4, plan.unfilled().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(plan.assignments().stream().noneMatch(p -> p.reviewer().equals("d") || p.reviewer().equals("e")));
    }

    @Test
    void coverageComesBeforeExpertise() {
        // the expert x could take case 2 (a match), but only x can take case 1: both cases filled wins
        List<CaseDemand> cases = List.of(kase(1, 1, "MANAGEMENT"), kase(2, 1, "TECHNOLOGY"));
        List<ReviewerSupply> reviewers = List.of(reviewer("x", 1, "TECHNOLOGY"), reviewer("y", 1));
        AssignmentProblem problem = new AssignmentProblem(cases, reviewers, Set.of(new Pair(id(1), "y")));

        assertEquals(List.of(new Pair(id(1), "x"), new Pair(id(2), "y")), AssignmentSolver.solve(problem).assignments());
    }

    @Test
    void expertiseIsPreferredWhenItCostsNoCoverage() {
        List<CaseDemand> cases = List.of(kase(1, 1, "TECHNOLOGY"), kase(2, 1, "BRAND_STRATEGY"), kase(3, 1, "MANAGEMENT"));
        List<ReviewerSupply> reviewers = List.of(reviewer("m", 3, "MANAGEMENT"), reviewer("b", 3, "BRAND_STRATEGY"),
                reviewer("t", 3, "TECHNOLOGY"));

        assertEquals(List.of(new Pair(id(1), "t"), new Pair(id(2), "b"), new Pair(id(3), "m")),
                AssignmentSolver.solve(new AssignmentProblem(cases, reviewers, Set.of())).assignments());
    }

    @Test
    void moreSharedFieldsWinOverFewer() {
        List<CaseDemand> cases = List.of(kase(1, 1, "TECHNOLOGY", "MANAGEMENT"));
        List<ReviewerSupply> reviewers = List.of(reviewer("one", 3, "TECHNOLOGY"), reviewer("two", 3, "TECHNOLOGY", "MANAGEMENT"),
                reviewer("none", 3));

        assertEquals(List.of(new Pair(id(1), "two")),
                AssignmentSolver.solve(new AssignmentProblem(cases, reviewers, Set.of())).assignments());
    }

    @Test
    void expertiseOutweighsBalanceWhenCoverageIsEqual() {
        List<CaseDemand> cases = List.of(kase(1, 1, "TECHNOLOGY"), kase(2, 1, "TECHNOLOGY"), kase(3, 1, "TECHNOLOGY"));
        List<ReviewerSupply> reviewers = List.of(reviewer("expert", 3, "TECHNOLOGY"), reviewer("other", 3));

        assertEquals(Map.of("expert", 3, "other", 0),
                loads(AssignmentSolver.solve(new AssignmentProblem(cases, reviewers, Set.of())), reviewers));
    }

    @Test
    void amongEquallyExpertReviewersTheLoadIsBalanced() {
        List<CaseDemand> cases = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            cases.add(kase(i, 2, "TECHNOLOGY"));
        }
        List<ReviewerSupply> reviewers = List.of(reviewer("e1", 18, "TECHNOLOGY"), reviewer("e2", 18, "TECHNOLOGY"),
                reviewer("e3", 18, "TECHNOLOGY"), reviewer("n1", 18, "OTHER"));

        AssignmentPlan plan = AssignmentSolver.solve(new AssignmentProblem(cases, reviewers, Set.of()));

        assertEquals(Map.of("e1", 6, "e2", 6, "e3", 6, "n1", 0), loads(plan, reviewers));
    }

    @Test
    void currentLoadCountsTowardsBalance() {
        List<CaseDemand> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(kase(i, 1));
        }
        List<ReviewerSupply> reviewers = List.of(new ReviewerSupply("busy", Set.of(), 20, 5), new ReviewerSupply("free", Set.of(), 25, 0));

        AssignmentPlan plan = AssignmentSolver.solve(new AssignmentProblem(cases, reviewers, Set.of()));

        // totals 5 + 0 + 6 new: 5/6 or 6/5 is as even as it gets; busy takes at most one
        assertTrue(loads(plan, reviewers).get("busy") <= 1, loads(plan, reviewers)::toString);
        assertEquals(6, plan.assignments().size());
    }

    @Test
    void casesNeedingNothingGetNothing() {
        List<CaseDemand> cases = List.of(kase(1, 0), kase(2, -1), kase(3, 1));
        AssignmentPlan plan = AssignmentSolver.solve(new AssignmentProblem(cases, List.of(reviewer("a", 5)), Set.of()));

        assertEquals(List.of(new Pair(id(3), "a")), plan.assignments());
        assertEquals(Map.of(), plan.unfilled());
    }

    @Test
    void emptyProblemsGiveAnEmptyPlan() {
        assertEquals(List.of(), AssignmentSolver.solve(new AssignmentProblem(List.of(), List.of(), Set.of())).assignments());
        AssignmentPlan noReviewers = AssignmentSolver.solve(new AssignmentProblem(List.of(kase(1, 3)), List.of(), null));
        assertEquals(List.of(), noReviewers.assignments());
        assertEquals(Map.of(id(1), 3), noReviewers.unfilled());
    }

    @Test
    void forbiddenPairsNamingUnknownCasesOrReviewersAreIgnored() {
        AssignmentProblem problem = new AssignmentProblem(List.of(kase(1, 1)), List.of(reviewer("a", 1)),
                Set.of(new Pair(id(9), "a"), new Pair(id(1), "ghost")));

        assertEquals(List.of(new Pair(id(1), "a")), AssignmentSolver.solve(problem).assignments());
    }

    @Test
    void duplicateCasesOrReviewersAreRefused() {
        IllegalArgumentException twoCases = assertThrows(IllegalArgumentException.class, () -> AssignmentSolver.solve(
                new AssignmentProblem(List.of(kase(1, 1), kase(1, 2)), List.of(reviewer("a", 1)), Set.of())));
        assertTrue(twoCases.getMessage().startsWith("case listed twice"));
        IllegalArgumentException twoReviewers = assertThrows(IllegalArgumentException.class, () -> AssignmentSolver.solve(
                new AssignmentProblem(List.of(kase(1, 1)), List.of(reviewer("a", 1), reviewer("a", 2)), Set.of())));
        assertTrue(twoReviewers.getMessage().startsWith("reviewer listed twice"));
    }

    @Test
    void theSameProblemInAnotherOrderGivesTheSamePlan() {
        Random random = new Random(7);
        AssignmentProblem problem = AssignmentChecks.randomProblem(random, 40, 9, 3, 15, 0.1, AREAS);
        AssignmentPlan first = AssignmentSolver.solve(problem);
        for (int round = 0; round < 5; round++) {
            List<CaseDemand> cases = new ArrayList<>(problem.cases());
            List<ReviewerSupply> reviewers = new ArrayList<>(problem.reviewers());
            Collections.shuffle(cases, random);
            Collections.shuffle(reviewers, random);

            assertEquals(first, AssignmentSolver.solve(new AssignmentProblem(cases, reviewers, new HashSet<>(problem.forbidden()))));
        }
    }

    @Test
    void randomInstancesKeepEveryConstraintAndFillTheMostSlots() {
        Random random = new Random(2026);
        for (int round = 0; round < 60; round++) {
            int cases = 5 + random.nextInt(60);
            int reviewers = 2 + random.nextInt(15);
            AssignmentProblem drawn = AssignmentChecks.randomProblem(random, cases, reviewers, 1 + random.nextInt(4),
                    1 + random.nextInt(20), random.nextDouble() * 0.5, AREAS);
            List<ReviewerSupply> uneven = new ArrayList<>();
            for (ReviewerSupply r : drawn.reviewers()) {
                int current = random.nextInt(r.capacity() + 1);
                uneven.add(new ReviewerSupply(r.reviewer(), r.expertise(), r.capacity() - current, current));
            }
            AssignmentProblem problem = new AssignmentProblem(drawn.cases(), uneven, drawn.forbidden());

            AssignmentPlan plan = AssignmentSolver.solve(problem);

            assertFeasible(problem, plan);
            assertEquals(maximumSlots(problem), plan.assignments().size(), "round " + round + ": slots filled");
        }
    }

    @Test
    void withoutConflictsOrExpertiseLoadsDifferByAtMostOne() {
        Random random = new Random(11);
        for (int round = 0; round < 40; round++) {
            int reviewers = 3 + random.nextInt(30);
            List<CaseDemand> cases = new ArrayList<>();
            int n = 1 + random.nextInt(200);
            int k = 1 + random.nextInt(Math.min(3, reviewers));
            for (int i = 0; i < n; i++) {
                cases.add(kase(i, k));
            }
            List<ReviewerSupply> supply = new ArrayList<>();
            for (int j = 0; j < reviewers; j++) {
                supply.add(reviewer("r" + j, 1000));
            }
            AssignmentProblem problem = new AssignmentProblem(cases, supply, Set.of());

            AssignmentPlan plan = AssignmentSolver.solve(problem);

            assertFeasible(problem, plan);
            Map<String, Integer> loads = loads(plan, supply);
            assertTrue(Collections.max(loads.values()) - Collections.min(loads.values()) <= 1, "round " + round + ": " + loads);
        }
    }

    @Test
    void sparseRandomConflictsStillLeaveLoadsWithinOne() {
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            AssignmentProblem problem = AssignmentChecks.randomProblem(random, 200, 30, 3, 25, 0.05, List.of());

            AssignmentPlan plan = AssignmentSolver.solve(problem);

            assertFeasible(problem, plan);
            assertEquals(Map.of(), plan.unfilled());
            Map<String, Integer> loads = loads(plan, problem.reviewers());
            assertTrue(Collections.max(loads.values()) - Collections.min(loads.values()) <= 1, "round " + round + ": " + loads);
        }
    }

    @Test
    void smallInstancesMatchTheExhaustiveOptimum() {
        Random random = new Random(99);
        for (int round = 0; round < 400; round++) {
            AssignmentProblem problem = AssignmentChecks.randomProblem(random, 1 + random.nextInt(4), 1 + random.nextInt(4),
                    1 + random.nextInt(3), random.nextInt(4), random.nextDouble() * 0.4, AREAS.subList(0, 3));
            // some reviewers already carry load
            List<ReviewerSupply> reviewers = new ArrayList<>();
            for (ReviewerSupply r : problem.reviewers()) {
                reviewers.add(new ReviewerSupply(r.reviewer(), r.expertise(), r.capacity(), random.nextInt(3)));
            }
            problem = new AssignmentProblem(problem.cases(), reviewers, problem.forbidden());
            if (AssignmentChecks.allowedPairs(problem).size() > 14) {
                continue;
            }

            AssignmentPlan plan = AssignmentSolver.solve(problem);

            assertFeasible(problem, plan);
            assertEquals(AssignmentChecks.bestObjective(problem), AssignmentChecks.objective(problem, plan.assignments()),
                    "round " + round + ": " + problem);
        }
    }

    @Test
    void theBenchmarkSizedInstanceIsSolvedCompletely() {
        Random random = new Random(42);
        AssignmentProblem problem = AssignmentChecks.randomProblem(random, 200, 30, 3, 25, 0.1, AREAS);

        AssignmentPlan plan = AssignmentSolver.solve(problem);

        assertFeasible(problem, plan);
        assertEquals(maximumSlots(problem), plan.assignments().size());
        assertEquals(problem.cases().stream().mapToInt(CaseDemand::needed).sum(), plan.assignments().size());
        assertEquals(Map.of(), plan.unfilled());
    }
}
