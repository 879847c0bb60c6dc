package cn.studio.review.round;

import java.util.UUID;

/**
 * What later steps have done in a round, asked by the round before it changes its rubric or panel. Implemented where
 * assignments and scorecards live, so the round package depends on neither.
 */
public interface RoundUsage {
    boolean hasSubmittedScorecards(UUID roundId);

    long assignmentsOf(UUID roundId, String reviewer);
}
