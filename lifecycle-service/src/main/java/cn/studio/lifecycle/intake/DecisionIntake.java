package cn.studio.lifecycle.intake;

import cn.studio.lifecycle.studio.StudioService;
import cn.studio.platform.events.CloudEvent;
import cn.studio.platform.inbox.EventHandler;
import cn.studio.platform.inbox.PoisonEventException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code review.decided} → one named studio per entry of {@code named} (review-service's events.md); other review
 * events are not lifecycle's business. Runs inside the inbox's transaction: all of a decision's studios or none.
 */
@ApplicationScoped
public class DecisionIntake implements EventHandler {
    @Inject
    StudioService studios;

    @Override
    public void handle(CloudEvent event) {
        if (!"review.decided".equals(event.type())) {
            return;
        }
        JsonNode data = event.data();
        if (data == null || !data.path("named").isArray()) {
            throw new PoisonEventException("review.decided without a named list");
        }
        UUID decisionId = uuid(data, "decisionId");
        UUID campaignId = uuid(data, "campaignId");
        String campaignTitle = text(data, "campaignTitle");
        OffsetDateTime decidedAt = decidedAt(data, event);
        for (JsonNode n : data.get("named")) {
            List<String> fields = new ArrayList<>();
            n.path("innovationFields").forEach(f -> fields.add(f.asText()));
            BigDecimal funding = n.hasNonNull("fundingWanYuan") ? n.get("fundingWanYuan").decimalValue() : BigDecimal.ZERO;
            studios.register(new StudioService.Naming(uuid(n, "applicationId"), decisionId, campaignId, campaignTitle,
                    text(n, "namedTitle"), n.path("studioName").asText(null), text(n, "leaderName"),
                    text(n, "applicantOrgId"), text(n, "applicantOrgName"), n.path("recommenderOrgId").asText(null),
                    n.path("recommenderOrgName").asText(null), n.path("contactName").asText(null),
                    n.path("contactPhone").asText(null), n.path("contactEmail").asText(null),
                    n.path("level").asText("DISTRICT"), decidedAt, funding, n.path("cityRecommended").asBoolean(false), fields));
        }
    }

    private static OffsetDateTime decidedAt(JsonNode data, CloudEvent event) {
        if (data.hasNonNull("decidedAt")) {
            try {
                return OffsetDateTime.parse(data.get("decidedAt").asText());
            } catch (DateTimeParseException e) {
                throw new PoisonEventException("decidedAt is not an ISO-8601 date-time");
            }
        }
        if (event.time() != null) {
            return event.time();
        }
        throw new PoisonEventException("missing field decidedAt");
    }

    private static UUID uuid(JsonNode node, String field) {
        try {
            return UUID.fromString(text(node, field));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("field " + field + " is not a UUID");
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            throw new PoisonEventException("missing field " + field);
        }
        return node.get(field).asText();
    }
}
