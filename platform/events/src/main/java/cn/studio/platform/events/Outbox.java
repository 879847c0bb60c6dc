package cn.studio.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the same database transaction as the change it describes; {@link OutboxRelay} sends it to
 * Kafka after the commit. A committed change therefore always yields its event, even when Kafka is down.
 */
@ApplicationScoped
@IfBuildProperty(name = "studio.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class Outbox {
    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<OutboxWritten> written;

    @ConfigProperty(name = "studio.outbox.source")
    String source;

    /**
     * @param key     the Kafka key: the aggregate id, so that one aggregate's events stay in order
     * @param subject what the event is about (CloudEvents {@code subject}), usually the same id
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String key, String subject, Object data) {
        UUID id = UUID.randomUUID();
        Envelope event = new Envelope("1.0", id.toString(), source, type, subject,
                OffsetDateTime.now(ZoneOffset.UTC), "application/json", data);
        try {
            em.createNativeQuery("insert into outbox_event (id, topic, event_key, type, envelope) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, id).setParameter(2, topic).setParameter(3, key).setParameter(4, type)
                    .setParameter(5, json.writeValueAsString(event))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + type + " cannot be written as JSON", e);
        }
        written.fire(new OutboxWritten());
        return id;
    }

    /** A {@link CloudEvent} as written: the data serialised once, straight from the producer's payload. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Envelope(String specversion, String id, String source, String type, String subject,
                            OffsetDateTime time, String datacontenttype, Object data) {
    }

    /** Fired inside the transaction; the relay observes it after commit to send without waiting for its timer. */
    public record OutboxWritten() {
    }
}
