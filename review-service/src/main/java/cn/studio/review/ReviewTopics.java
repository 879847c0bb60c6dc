package cn.studio.review;

/** The topics review-service reads and writes (events.md). */
public final class ReviewTopics {
    /** What review-service publishes. */
    public static final String EVENTS = "review-events";

    private ReviewTopics() {
    }
}
