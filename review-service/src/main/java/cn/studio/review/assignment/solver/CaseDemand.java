package cn.studio.review.assignment.solver;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A case that still needs reviewers.
 *
 * @param caseId the review case
 * @param areas  the form's innovation fields (创新工作领域 codes such as {@code TECHNOLOGY}); matched with a reviewer's
 *               expertise as a preference, never as a requirement
 * @param needed reviewers still to add (k minus those already assigned); zero or less asks for none
 */
public record CaseDemand(UUID caseId, Set<String> areas, int needed) {
    public CaseDemand {
        Objects.requireNonNull(caseId, "caseId");
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }
}
