package cn.studio.review.assignment;

import java.util.UUID;

/**
 * Fired synchronously before an assignment is removed (by union-admin or by a declared conflict): the scorecard step
 * drops a draft, or refuses by throwing when the scorecard was already submitted.
 */
public record AssignmentWithdrawn(UUID roundId, UUID applicationId, String reviewer) {
}
