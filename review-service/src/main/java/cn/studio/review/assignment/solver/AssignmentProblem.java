package cn.studio.review.assignment.solver;

import java.util.List;
import java.util.Set;

/**
 * One automatic assignment to compute.
 *
 * @param cases     the cases still short of reviewers (case ids unique)
 * @param reviewers the reviewers who may take cases (names unique)
 * @param forbidden pairs that must not be made: conflicts of interest (automatic and declared) and pairs already
 *                  assigned (a reviewer reviews a case once). Pairs naming unknown cases or reviewers are ignored
 */
public record AssignmentProblem(List<CaseDemand> cases, List<ReviewerSupply> reviewers, Set<Pair> forbidden) {
    public AssignmentProblem {
        cases = cases == null ? List.of() : List.copyOf(cases);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        forbidden = forbidden == null ? Set.of() : Set.copyOf(forbidden);
    }
}
