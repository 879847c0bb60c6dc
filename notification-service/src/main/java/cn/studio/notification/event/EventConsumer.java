package cn.studio.notification.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Reads the suite's event topics as the consumer group {@code notification-service}. An offset is committed only after
 * the notifications it produced are committed. A poison record goes to {@code <topic>-dlq} with the reason and the
 * partition moves on; a passing failure (database, directory) is retried here before it is given up.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final int ATTEMPTS = 5;

    @Inject
    NotificationPlanner planner;

    @Inject
    ObjectMapper json;

    @Incoming("application-events")
    @Blocking
    public void applicationEvents(String record) {
        handle(record);
    }

    @Incoming("review-events")
    @Blocking
    public void reviewEvents(String record) {
        handle(record);
    }

    @Incoming("lifecycle-events")
    @Blocking
    public void lifecycleEvents(String record) {
        handle(record);
    }

    void handle(String record) {
        JsonNode event;
        try {
            event = json.readTree(record);
        } catch (Exception e) {
            throw new PoisonEventException("not JSON: " + e.getMessage(), e);
        }
        String id = event.path("id").asText(null);
        String type = event.path("type").asText(null);
        if (id == null || type == null || !event.path("data").isObject()) {
            throw new PoisonEventException("not a CloudEvent with id, type and data", null);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                planner.plan(id, type, event.path("data"));
                return;
            } catch (PoisonEventException e) {
                throw e;
            } catch (io.quarkus.qute.TemplateException e) {
                throw new PoisonEventException("event " + id + " (" + type + ") cannot be rendered: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("event %s (%s) not planned, attempt %d: %s", id, type, attempt, e.getMessage());
                sleep(Duration.ofSeconds(1L << attempt));
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
