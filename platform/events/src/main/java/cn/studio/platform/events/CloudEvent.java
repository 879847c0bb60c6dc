package cn.studio.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * The envelope of every event on the suite's topics: CloudEvents 1.0 in structured JSON mode
 * ({@code content-type: application/cloudevents+json}). {@code data} is the producer's documented payload.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true) // extension attributes are allowed; consumers read what they know
public record CloudEvent(String specversion, String id, String source, String type, String subject,
                         OffsetDateTime time, String datacontenttype, JsonNode data) {
    public static final String CONTENT_TYPE = "application/cloudevents+json";
}
