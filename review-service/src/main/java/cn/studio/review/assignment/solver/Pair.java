package cn.studio.review.assignment.solver;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/** A case and a reviewer: an assignment made, or one that must not be made. */
public record Pair(UUID caseId, String reviewer) implements Comparable<Pair> {
    private static final Comparator<Pair> ORDER = Comparator.comparing(Pair::caseId).thenComparing(Pair::reviewer);

    public Pair {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reviewer, "reviewer");
    }

    @Override
    public int compareTo(Pair other) {
        return ORDER.compare(this, other);
    }
}
