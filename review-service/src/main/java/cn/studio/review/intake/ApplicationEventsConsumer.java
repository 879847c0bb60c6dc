package cn.studio.review.intake;

import cn.studio.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** application-service's facts in: campaigns and screened applications, each once (platform inbox). */
@ApplicationScoped
public class ApplicationEventsConsumer {
    static final String CONSUMER = "review-service";

    @Inject
    Inbox inbox;
    @Inject
    CaseIntake intake;

    @Incoming("application-events")
    @Blocking
    public CompletionStage<Void> applicationEvents(Message<List<String>> poll) {
        return inbox.receive(CONSUMER, poll, intake);
    }
}
