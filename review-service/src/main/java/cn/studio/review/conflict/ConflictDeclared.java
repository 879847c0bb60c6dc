package cn.studio.review.conflict;

import java.util.UUID;

/**
 * Fired (synchronously, in the declaring transaction) when a reviewer becomes conflicted with a case: later steps
 * drop what the reviewer had of the case, or refuse (a submitted scorecard) by throwing.
 */
public record ConflictDeclared(UUID applicationId, String reviewer) {
}
