package cn.studio.review.decision;

import cn.studio.review.World;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.studio.review.World.ADMIN;
import static cn.studio.review.World.COMMISSION;
import static cn.studio.review.World.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each step publishes its documented event (events.md) with what a notifier needs, and names no reviewer to a unit. */
@QuarkusTest
class ReviewEventsTest {
    @Inject
    AgroalDataSource db;
    @Inject
    ObjectMapper json;

    @Test
    void theWholeReviewTellsWhatHappened() throws Exception {
        World w = new World().campaign(1);
        UUID named = w.screenedCase("王五", "TECHNOLOGY");
        UUID other = w.screenedCase("赵六", "MANAGEMENT");
        String r = w.reviewer("expert-a");
        w.round(1, 5);
        w.assign(named, r);
        w.assign(other, r);
        w.score(w.token(r), named, 0.9);
        w.score(w.token(r), other, 0.7);
        as(ADMIN).body(Map.of("applicationId", named, "scheduledAt", World.inDays(2).toString(), "address", "园区",
                "visitors", List.of(r))).post("/api/v1/reviews/rounds/" + w.roundId + "/site-visits").then().statusCode(201);
        int version = as(ADMIN).body(Map.of("entries", List.of(Map.of("applicationId", named, "fundingWanYuan", 5,
                "cityRecommended", true)))).post("/api/v1/reviews/rounds/" + w.roundId + "/decision").then().extract().path("version");
        String decisionId = as(COMMISSION).get("/api/v1/reviews/rounds/" + w.roundId + "/decision").then().extract().path("id");
        as(COMMISSION).body(Map.of("version", version)).post("/api/v1/reviews/decisions/" + decisionId + "/approve").then().statusCode(200);

        List<JsonNode> events = eventsMentioning(w.roundId, decisionId);
        assertEquals(List.of("review.round.opened", "review.assigned", "review.assigned", "review.scores.completed",
                "review.sitevisit.scheduled", "review.decision.proposed", "review.decided", "review.city-recommended"),
                events.stream().map(e -> e.get("type").asText()).toList());

        JsonNode assigned = events.get(1).get("data");
        assertEquals(r, assigned.get("reviewer").asText());
        assertTrue(assigned.get("scoringDeadline").asText().endsWith("+08:00"));

        JsonNode visit = events.get(4).get("data");
        assertEquals("unit-" + w.tag + "-0", visit.at("/unit/applicantOrgId").asText());
        assertEquals("13800000001", visit.at("/unit/contactPhone").asText());

        JsonNode decided = events.get(6).get("data");
        assertEquals("王五职工创新工作室", decided.at("/named/0/namedTitle").asText());
        assertEquals("DISTRICT", decided.at("/named/0/level").asText());
        assertEquals(5.0, decided.at("/named/0/fundingWanYuan").asDouble());
        assertEquals(other.toString(), decided.at("/notNamed/0/applicationId").asText());
        assertFalse(decided.toString().contains(r), "a reviewer is named to the units");
        assertEquals(1, events.get(7).at("/data/studios").size());
    }

    private List<JsonNode> eventsMentioning(String roundId, String decisionId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select envelope from outbox_event where envelope like ? or envelope like ? order by seq")) {
            s.setString(1, "%" + roundId + "%");
            s.setString(2, "%" + decisionId + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(json.readTree(rs.getString(1)));
                }
            }
        }
        return found;
    }
}
