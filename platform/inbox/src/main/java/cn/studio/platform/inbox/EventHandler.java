package cn.studio.platform.inbox;

import cn.studio.platform.events.CloudEvent;

/**
 * What a consumer does with one event, inside the transaction that also marks the event processed. It runs once per
 * (consumer, event id) however often the event is delivered. It throws {@link PoisonEventException} for an event that
 * can never be processed, any other exception for a failure that may pass.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(CloudEvent event);
}
