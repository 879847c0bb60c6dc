package cn.studio.review.assignment.solver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The solver's answer.
 *
 * @param assignments the new pairs, sorted by case id then reviewer
 * @param unfilled    case id → reviewers still missing, only for cases the constraints leave short (conflicts,
 *                    capacities); in the order of the cases' ids. Empty when every case got what it needed
 */
public record AssignmentPlan(List<Pair> assignments, Map<UUID, Integer> unfilled) {
    public AssignmentPlan {
        assignments = List.copyOf(assignments);
        unfilled = Collections.unmodifiableMap(new LinkedHashMap<>(unfilled));
    }

    /** Whether every case got all the reviewers it needed. */
    public boolean complete() {
        return unfilled.isEmpty();
    }
}
