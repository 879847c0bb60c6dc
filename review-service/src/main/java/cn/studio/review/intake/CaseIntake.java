package cn.studio.review.intake;

import cn.studio.platform.events.CloudEvent;
import cn.studio.platform.inbox.EventHandler;
import cn.studio.platform.inbox.PoisonEventException;
import cn.studio.review.campaign.Campaign;
import cn.studio.review.reviewcase.ReviewCase;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns application-service's events into review's records: {@code campaign.opened} → the campaign (title, quota),
 * {@code application.screened} with {@code accepted} → a review case. Other types are not review's business.
 * Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class CaseIntake implements EventHandler {
    @Inject
    Clock clock;

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "campaign.opened" -> campaignOpened(data);
            case "application.screened" -> {
                if (data != null && data.path("accepted").asBoolean(false)) {
                    screenedIn(data.path("application"), event.time());
                }
            }
            default -> {
                // not review's business
            }
        }
    }

    private void campaignOpened(JsonNode data) {
        UUID id = uuid(data, "campaignId");
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            campaign = new Campaign();
            campaign.id = id;
        }
        campaign.year = data.path("year").asInt();
        campaign.title = text(data, "title");
        campaign.quota = data.path("quota").asInt();
        campaign.deadline = data.hasNonNull("deadline") ? OffsetDateTime.parse(data.get("deadline").asText()).toInstant() : null;
        campaign.updatedAt = Instant.now(clock);
        campaign.persist();
    }

    private void screenedIn(JsonNode app, OffsetDateTime screenedAt) {
        UUID id = uuid(app, "applicationId");
        ReviewCase c = ReviewCase.findById(id);
        boolean fresh = c == null;
        if (fresh) {
            c = new ReviewCase();
            c.applicationId = id;
            c.screenedAt = screenedAt != null ? screenedAt.toInstant() : Instant.now(clock);
        }
        c.campaignId = uuid(app, "campaignId");
        c.campaignTitle = text(app, "campaignTitle");
        c.studioName = text(app, "studioName");
        c.leaderName = app.path("leaderName").asText(null);
        c.applicantOrgId = text(app, "applicantOrgId");
        c.applicantOrgName = app.path("applicantOrgName").asText(null);
        c.recommenderOrgId = app.path("recommenderOrgId").asText(null);
        c.recommenderOrgName = app.path("recommenderOrgName").asText(null);
        c.contactName = app.path("contactName").asText(null);
        c.contactPhone = app.path("contactPhone").asText(null);
        c.contactEmail = app.path("contactEmail").asText(null);
        List<String> fields = new ArrayList<>();
        app.path("innovationFields").forEach(f -> fields.add(f.asText()));
        c.innovationFields = fields;
        if (fresh) {
            c.persist();
        }
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
