package cn.studio.application.register;

import cn.studio.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** lifecycle-service's facts in, each once (platform inbox): the register follows named and delisted studios. */
@ApplicationScoped
public class LifecycleEventsConsumer {
    @Inject
    Inbox inbox;
    @Inject
    RegisterFeed feed;

    @Incoming("lifecycle-events")
    @Blocking
    public CompletionStage<Void> lifecycleEvents(Message<List<String>> poll) {
        return inbox.receive("application-service", poll, feed);
    }
}
