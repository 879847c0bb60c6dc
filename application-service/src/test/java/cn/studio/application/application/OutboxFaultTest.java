package cn.studio.application.application;

import cn.studio.application.EventLog;
import cn.studio.application.Fixtures;
import cn.studio.testsupport.TestServers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.RECOMMENDER;
import static cn.studio.application.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kafka is stopped for 30 s while applications are submitted and endorsed: every request still succeeds (the outbox
 * commits with the change), and once the broker is back every event arrives, in order per application.
 */
@QuarkusTest
class OutboxFaultTest {
    private static final int APPLICATIONS = 8;

    @Test
    void everyEventArrivesInOrderAfterKafkaComesBack() {
        List<String> apps = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            apps.add(Fixtures.readyDraft(APPLICANT1, Fixtures.openCampaign(), "故障" + i));
        }
        TestServers.stopKafka();
        Instant stopped = Instant.now();
        try {
            for (String app : apps) {
                as(APPLICANT1).post("/api/v1/applications/" + app + "/submit").then().statusCode(200);
                as(RECOMMENDER).body(Map.of("opinion", "同意")).post("/api/v1/applications/" + app + "/endorse")
                        .then().statusCode(200);
                pause(Duration.ofMillis(2500));
            }
            Duration left = Duration.ofSeconds(30).minus(Duration.between(stopped, Instant.now()));
            if (!left.isNegative()) {
                pause(left);
            }
        } finally {
            TestServers.restartKafka();
        }
        Set<String> ids = Set.copyOf(apps);
        List<EventLog.Event> ours = EventLog.readUntil(
                es -> es.stream().filter(e -> ids.contains(e.key())).count() >= 2L * APPLICATIONS,
                Duration.ofSeconds(90)).stream().filter(e -> ids.contains(e.key())).toList();
        assertEquals(2 * APPLICATIONS, ours.size(), "every submission and endorsement arrived exactly once");
        for (String app : apps) {
            assertEquals(List.of("application.submitted", "application.endorsed"),
                    ours.stream().filter(e -> app.equals(e.key())).map(EventLog.Event::type).toList(), app);
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
