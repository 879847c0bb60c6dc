package cn.studio.review.ranking.engine;

import java.util.Objects;
import java.util.UUID;

/**
 * A reviewer's submitted weighted total for a case.
 *
 * @param total on the rubric's 0–100 scale; must be a finite number
 */
public record Score(UUID caseId, String reviewer, double total) {
    public Score {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reviewer, "reviewer");
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException("score total must be a finite number: " + total);
        }
    }
}
