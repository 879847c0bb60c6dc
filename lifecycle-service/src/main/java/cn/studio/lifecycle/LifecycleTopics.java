package cn.studio.lifecycle;

/** The topics lifecycle-service reads and writes (events.md). */
public final class LifecycleTopics {
    /** What lifecycle-service publishes. */
    public static final String EVENTS = "lifecycle-events";
    /** What it reads: review-service's decision. */
    public static final String REVIEW_EVENTS = "review-events";

    private LifecycleTopics() {
    }
}
