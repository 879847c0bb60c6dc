package cn.studio.lifecycle.intake;

import cn.studio.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** review-service's facts in: the joint decision, each event once (platform inbox). */
@ApplicationScoped
public class ReviewEventsConsumer {
    static final String CONSUMER = "lifecycle-service";

    @Inject
    Inbox inbox;
    @Inject
    DecisionIntake intake;

    @Incoming("review-events")
    @Blocking
    public CompletionStage<Void> reviewEvents(Message<List<String>> poll) {
        return inbox.receive(CONSUMER, poll, intake);
    }
}
