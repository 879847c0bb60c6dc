package cn.studio.platform.inbox;

import cn.studio.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the Inbox accepts as an event, and what it dead-letters before any handler sees it. */
class EnvelopesTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void aStructuredCloudEventIsRead() {
        CloudEvent e = Envelopes.parse(json, """
                {"specversion":"1.0","id":"e-1","source":"/application-service","type":"application.submitted",
                 "subject":"a-1","time":"2026-11-25T08:00:00Z","datacontenttype":"application/json","data":{"x":1},
                 "extension":"ignored"}""");
        assertEquals("e-1", e.id());
        assertEquals("application.submitted", e.type());
        assertEquals(1, e.data().path("x").asInt());
    }

    @Test
    void notJsonIsPoison() {
        assertThrows(PoisonEventException.class, () -> Envelopes.parse(json, "{not json"));
    }

    @Test
    void anEnvelopeWithoutIdTypeOrObjectDataIsPoison() {
        assertThrows(PoisonEventException.class, () -> Envelopes.parse(json, "{\"type\":\"t\",\"data\":{}}"));
        assertThrows(PoisonEventException.class, () -> Envelopes.parse(json, "{\"id\":\"1\",\"data\":{}}"));
        assertThrows(PoisonEventException.class, () -> Envelopes.parse(json, "{\"id\":\"1\",\"type\":\"t\",\"data\":\"text\"}"));
        assertThrows(PoisonEventException.class, () -> Envelopes.parse(json, null));
    }
}
