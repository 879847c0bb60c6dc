package cn.studio.review.ranking.engine;

import java.util.Objects;

/**
 * @param method                 how the score is made
 * @param disagreementThreshold  a case is flagged when the spread (highest − lowest raw total) is strictly above this
 */
public record RankingOptions(Method method, double disagreementThreshold) {
    public RankingOptions {
        Objects.requireNonNull(method, "method");
        if (!(disagreementThreshold >= 0)) {
            throw new IllegalArgumentException("disagreement threshold must be zero or more: " + disagreementThreshold);
        }
    }
}
