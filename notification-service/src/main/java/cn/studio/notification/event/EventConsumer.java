package cn.studio.notification.event;

import cn.studio.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Reads the suite's event topics through the platform inbox, a poll at a time: each poll is planned in one
 * transaction, poison goes to {@code <topic>-dlq}, the poll is acknowledged (offsets committed) after the plan commits.
 */
@ApplicationScoped
public class EventConsumer {
    static final String CONSUMER = "notification-service";

    @Inject
    Inbox inbox;

    @Inject
    NotificationPlanner planner;

    @Incoming("application-events")
    @Blocking
    public CompletionStage<Void> applicationEvents(Message<List<String>> poll) {
        return inbox.receive(CONSUMER, poll, planner);
    }

    @Incoming("review-events")
    @Blocking
    public CompletionStage<Void> reviewEvents(Message<List<String>> poll) {
        return inbox.receive(CONSUMER, poll, planner);
    }

    @Incoming("lifecycle-events")
    @Blocking
    public CompletionStage<Void> lifecycleEvents(Message<List<String>> poll) {
        return inbox.receive(CONSUMER, poll, planner);
    }
}
