package cn.studio.review.assignment;

import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import cn.studio.review.conflict.ConflictService;
import cn.studio.review.reviewcase.ReviewCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Who may see a case: the organisers every case; a reviewer only a case assigned to them and with no conflict of
 * interest. Anything else is answered as if the case did not exist (404).
 */
@ApplicationScoped
public class CaseAccess {
    @Inject
    Caller caller;
    @Inject
    ConflictService conflicts;

    public ReviewCase visible(UUID applicationId) {
        ReviewCase c = ReviewCase.findById(applicationId);
        if (c == null || !organiser() && !assignedWithoutConflict(applicationId)) {
            throw ProblemException.notFound("案件");
        }
        return c;
    }

    /** As {@link #visible}, for a reviewer also assigned in this very round. */
    public ReviewCase visibleInRound(UUID roundId, UUID applicationId) {
        ReviewCase c = visible(applicationId);
        if (!organiser() && !Assignment.exists(roundId, applicationId, caller.username())) {
            throw ProblemException.notFound("案件");
        }
        return c;
    }

    public boolean organiser() {
        return caller.is("union-admin") || caller.is("commission");
    }

    private boolean assignedWithoutConflict(UUID applicationId) {
        return caller.is("reviewer")
                && Assignment.count("applicationId = ?1 and reviewer = ?2", applicationId, caller.username()) > 0
                && !conflicts.conflicted(applicationId, caller.username());
    }
}
