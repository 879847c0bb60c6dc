package cn.studio.notification.event;

import cn.studio.notification.recipient.Directory;
import cn.studio.notification.recipient.Recipient;
import cn.studio.platform.inbox.PoisonEventException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is told of each event type: users of a role (and org), or named users, from the directory, and the form's contact
 * person. Review events tell several kinds of people at once: those recipients carry their audience (and their unit).
 */
@ApplicationScoped
public class RecipientRouting {
    @Inject
    Directory directory;

    /** Each recipient once (by user name, or by contact address), in the order they were found. */
    public List<Recipient> recipients(String type, JsonNode data) {
        JsonNode app = data.path("application");
        Map<String, Recipient> byKey = new LinkedHashMap<>();
        switch (type) {
            case "application.submitted" -> add(byKey, directory.withRole("recommender", required(app, "recommenderOrgId")));
            case "application.returned", "application.screened" -> {
                add(byKey, directory.withRole("applicant", required(app, "applicantOrgId")));
                add(byKey, List.of(Recipient.contact(text(app, "contactName"), text(app, "contactEmail"), text(app, "contactPhone"))));
            }
            case "application.endorsed" -> add(byKey, directory.withRole("applicant", required(app, "applicantOrgId")));
            case "campaign.opened" -> add(byKey, directory.withRole("applicant", null));
            case "campaign.deadline-approaching" -> {
                for (JsonNode unit : data.path("units")) {
                    add(byKey, directory.withRole("applicant", required(unit, "orgId")));
                    add(byKey, List.of(Recipient.contact(text(unit, "contactName"), null, text(unit, "contactPhone"))));
                }
            }
            case "review.assigned" -> directory.user(required(data, "reviewer")).ifPresent(r -> add(byKey, List.of(r)));
            case "review.scores.completed", "review.decision.returned", "review.city-recommended" ->
                    add(byKey, directory.withRole("union-admin", null));
            case "review.decision.proposed" -> add(byKey, directory.withRole("commission", null));
            case "review.sitevisit.scheduled" -> {
                JsonNode unit = data.path("unit");
                addUnit(byKey, unit, "unit");
                for (JsonNode visitor : data.path("visitors")) {
                    if (visitor.isTextual()) {
                        directory.user(visitor.asText()).ifPresent(r -> add(byKey, List.of(r.as("visitor", null))));
                    }
                }
            }
            case "review.decided" -> {
                for (JsonNode unit : data.path("named")) {
                    addUnit(byKey, unit, "named");
                }
                for (JsonNode unit : data.path("notNamed")) {
                    addUnit(byKey, unit, "notNamed");
                }
            }
            default -> {
                return List.of();
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** A unit of a review event: its {@code applicant} users and the form's contact, told as {@code audience} about it. */
    private void addUnit(Map<String, Recipient> byKey, JsonNode unit, String audience) {
        List<Recipient> people = new ArrayList<>(directory.withRole("applicant", required(unit, "applicantOrgId")));
        people.add(Recipient.contact(text(unit, "contactName"), text(unit, "contactEmail"), text(unit, "contactPhone")));
        add(byKey, people.stream().map(r -> r.as(audience, unit)).toList());
    }

    private static void add(Map<String, Recipient> byKey, List<Recipient> recipients) {
        for (Recipient r : recipients) {
            if (r.isUser() || r.email() != null || r.phone() != null) {
                byKey.putIfAbsent(r.username(), r);
            }
        }
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new PoisonEventException("the event lacks " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
