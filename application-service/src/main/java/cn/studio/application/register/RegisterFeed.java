package cn.studio.application.register;

import cn.studio.platform.events.CloudEvent;
import cn.studio.platform.inbox.EventHandler;
import cn.studio.platform.inbox.PoisonEventException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/**
 * lifecycle-service's facts into the register (inside the inbox's transaction): {@code studio.named} adds the studio
 * (or links the entry a CSV import already made of it), {@code studio.delisted} marks it — a delisted studio still may
 * not apply again. Other studio events are not the register's business.
 */
@ApplicationScoped
public class RegisterFeed implements EventHandler {
    @Override
    public void handle(CloudEvent event) {
        switch (event.type()) {
            case "studio.named" -> named(event.data().path("studio"));
            case "studio.delisted" -> delisted(event.data().path("studio"), event.data());
            default -> {
                // not the register's business
            }
        }
    }

    private void named(JsonNode studio) {
        String studioId = text(studio, "studioId");
        if (NamedStudio.count("studioId", studioId) > 0) {
            return;
        }
        String leader = NamedStudioRegister.normalise(text(studio, "leaderName"));
        String unit = NamedStudioRegister.normalise(text(studio, "unitOrgName"));
        String level = level(studio.path("level").asText("DISTRICT"));
        NamedStudio entry = NamedStudio.find("leaderName = ?1 and unitName = ?2 and level = ?3", leader, unit, level).firstResult();
        if (entry == null) {
            entry = new NamedStudio();
            entry.leaderName = leader;
            entry.unitName = unit;
            entry.level = level;
            entry.source = "lifecycle-service";
        }
        entry.studioId = studioId;
        entry.unitOrgId = studio.path("unitOrgId").asText(null);
        entry.studioName = studio.path("namedTitle").asText(entry.studioName);
        entry.namedYear = studio.hasNonNull("year") ? Integer.valueOf(studio.get("year").asInt()) : entry.namedYear;
        entry.persist();
    }

    private void delisted(JsonNode studio, JsonNode data) {
        NamedStudio entry = NamedStudio.find("studioId", text(studio, "studioId")).firstResult();
        if (entry == null) {
            named(studio);
            entry = NamedStudio.find("studioId", text(studio, "studioId")).firstResult();
        }
        entry.delistedAt = data.hasNonNull("delistedAt") ? OffsetDateTime.parse(data.get("delistedAt").asText()).toInstant()
                : java.time.Instant.now();
    }

    private static String level(String code) {
        return switch (code) {
            case "CITY" -> "市级";
            case "NATIONAL" -> "全国";
            default -> "区级";
        };
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            throw new PoisonEventException("missing field studio." + field);
        }
        return node.get(field).asText();
    }
}
