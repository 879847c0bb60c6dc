package cn.studio.application;

/** The topic this service produces to; its events are documented in events.md beside the code. */
public final class ApplicationTopics {
    public static final String EVENTS = "application-events";

    private ApplicationTopics() {
    }
}
