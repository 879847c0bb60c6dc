package cn.studio.notification.notification;

import cn.studio.notification.recipient.Recipient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * zh-CN texts per event type, Qute templates in {@code templates/notifications/}: {@code <type>.txt} holds the fragments
 * {@code subject}, {@code sms} (one 70-character segment where possible) and {@code text}; {@code <type>.html} the
 * e-mail's HTML body. A type without templates is not notified. Dates are shown through {@link NoticeDates}
 * ({@code {when:time(…)}}, {@code {when:date(…)}}), never as the event's ISO text.
 */
@ApplicationScoped
public class Templates {
    public record Rendered(String subject, String sms, String text, String html) {
    }

    @Inject
    Engine engine;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "studio.gateway-url", defaultValue = "http://127.0.0.1:8080")
    String gatewayUrl;

    public boolean knows(String type) {
        return engine.getTemplate("notifications/" + type + ".txt") != null;
    }

    /** Renders one event's notices, one recipient at a time; empty when the type has no templates. */
    public Optional<Renderer> forEvent(String type, JsonNode data) {
        Template text = engine.getTemplate("notifications/" + type + ".txt");
        Template html = engine.getTemplate("notifications/" + type + ".html");
        if (text == null || html == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = json.convertValue(data, Map.class);
        return Optional.of(recipient -> {
            Map<String, Object> model = new HashMap<>();
            model.put("data", values);
            model.put("recipient", recipient);
            model.put("about", recipient.about() instanceof JsonNode part ? json.convertValue(part, Map.class) : Map.of());
            model.put("gatewayUrl", gatewayUrl);
            return new Rendered(
                    text.getFragment("subject").render(model).strip(),
                    text.getFragment("sms").render(model).strip(),
                    text.getFragment("text").render(model).strip(),
                    html.render(model).strip());
        });
    }

    /** One event's texts for a recipient. */
    @FunctionalInterface
    public interface Renderer {
        Rendered render(Recipient recipient);
    }
}
