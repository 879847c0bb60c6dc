package cn.studio.review.scorecard;

import cn.studio.review.round.Rubric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A scorecard as shown: to the organisers with the reviewer's name, to a fellow reviewer under a pseudonym
 * (评审专家A, B, …, stable within the case), with the rubric it is scored against.
 */
public record ScorecardView(UUID roundId, UUID applicationId, String reviewer, boolean mine, Scorecard.State state,
                            Map<String, BigDecimal> scores, BigDecimal total, String panelComment,
                            String applicantComment, Instant updatedAt, Instant submittedAt, int version,
                            Rubric rubric) {
}
