package cn.studio.review.assignment.solver;

import java.util.Objects;
import java.util.Set;

/**
 * A reviewer who can take more cases.
 *
 * @param reviewer    the reviewer's id (the token's subject or user name: the solver only compares it)
 * @param expertise   declared innovation fields, same codes as {@link CaseDemand#areas()}
 * @param capacity    cases this reviewer may still take (maximum load − current load); zero or less takes none
 * @param currentLoad cases already assigned to this reviewer in the round: balancing evens out the totals, so someone
 *                    who already holds manual assignments gets fewer automatic ones. Zero when unknown
 */
public record ReviewerSupply(String reviewer, Set<String> expertise, int capacity, int currentLoad) {
    public ReviewerSupply {
        Objects.requireNonNull(reviewer, "reviewer");
        expertise = expertise == null ? Set.of() : Set.copyOf(expertise);
        currentLoad = Math.max(0, currentLoad);
    }

    /** A reviewer without assignments yet: new loads are balanced among themselves. */
    public ReviewerSupply(String reviewer, Set<String> expertise, int capacity) {
        this(reviewer, expertise, capacity, 0);
    }
}
