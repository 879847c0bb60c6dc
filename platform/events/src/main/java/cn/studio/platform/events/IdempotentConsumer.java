package cn.studio.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Exactly-once effect for at-least-once delivery: an event id is acted on once per consumer. The mark and the
 * action share the caller's transaction, so a crash between them redoes both, and a second instance that got the
 * same event waits on the first's row lock and then skips it.
 */
@ApplicationScoped
public class IdempotentConsumer {
    @Inject
    EntityManager em;

    /** @return true if the action ran now; false if this consumer had already processed the event */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean processOnce(String consumer, String eventId, Runnable action) {
        int inserted = em.createNativeQuery("insert into processed_event (consumer, event_id) values (?1, ?2) "
                + "on conflict do nothing").setParameter(1, consumer).setParameter(2, eventId).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        action.run();
        return true;
    }
}
