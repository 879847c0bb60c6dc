package cn.studio.platform.inbox;

import cn.studio.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the structured-mode CloudEvent a record carries, as the suite's outbox writes it. */
final class Envelopes {
    private Envelopes() {
    }

    /** @throws PoisonEventException when the record is not a CloudEvent with an id, a type and an object as data */
    static CloudEvent parse(ObjectMapper json, String record) {
        if (record == null) {
            throw new PoisonEventException("empty record");
        }
        CloudEvent event;
        try {
            event = json.readValue(record, CloudEvent.class);
        } catch (Exception e) {
            throw new PoisonEventException("not a CloudEvent in JSON: " + e.getMessage(), e);
        }
        if (blank(event.id()) || blank(event.type()) || event.data() == null || !event.data().isObject()) {
            throw new PoisonEventException("not a CloudEvent with id, type and data");
        }
        return event;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
