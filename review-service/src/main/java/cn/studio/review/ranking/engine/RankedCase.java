package cn.studio.review.ranking.engine;

import java.util.UUID;

/**
 * One line of the ranking.
 *
 * @param rank         competition rank (1, 2, 2, 4); 0 for a case outside the ranking (excluded, or without scores)
 * @param score        the method's score on the 0–100 scale (for Z_SCORE: mapped back from z); 0 without scores
 * @param mean         the plain mean of the raw totals; 0 without scores
 * @param spread       highest − lowest raw total; 0 with fewer than two scores
 * @param scores       how many totals the case has
 * @param disagreement spread above the options' threshold
 * @param tied         another ranked case shares this rank
 * @param verdict      the site visit's verdict, null when there is none (yet)
 * @param excluded     the site visit failed: listed after every ranked case, without a rank
 */
public record RankedCase(int rank, UUID caseId, double score, double mean, double spread, int scores,
                         boolean disagreement, boolean tied, Verdict verdict, boolean excluded) {
}
