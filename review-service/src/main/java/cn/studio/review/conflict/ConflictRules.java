package cn.studio.review.conflict;

import cn.studio.review.reviewcase.ReviewCase;

import java.util.Optional;

/** The automatic conflicts: a reviewer of the applicant unit itself, or of the unit that recommended it. */
public final class ConflictRules {
    private ConflictRules() {
    }

    public static Optional<ConflictKind> automatic(String reviewerOrg, ReviewCase c) {
        if (reviewerOrg == null || reviewerOrg.isBlank()) {
            return Optional.empty();
        }
        if (reviewerOrg.equals(c.applicantOrgId)) {
            return Optional.of(ConflictKind.SAME_UNIT);
        }
        if (reviewerOrg.equals(c.recommenderOrgId)) {
            return Optional.of(ConflictKind.RECOMMENDING_UNIT);
        }
        return Optional.empty();
    }
}
