package cn.studio.notification;

import cn.studio.stack.TestServers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Publishes events the way application-service does (CloudEvents, key = aggregate id) to the real broker. */
public final class Events {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private Events() {
    }

    public static synchronized void send(String topic, String key, String value) {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A CloudEvent with the given id; returns its JSON. */
    public static String cloudEvent(String id, String type, String subject, Object data) {
        ObjectNode e = JSON.createObjectNode();
        e.put("specversion", "1.0").put("id", id).put("source", "/application-service").put("type", type)
                .put("subject", subject).put("time", Instant.now().toString()).put("datacontenttype", "application/json");
        e.set("data", JSON.valueToTree(data));
        return e.toString();
    }

    /** The summary every application event carries (see application-service's events.md). */
    public static Map<String, Object> application(String appId, String studioName, String contactPhone, String contactEmail) {
        Map<String, Object> a = new java.util.HashMap<>();
        a.put("applicationId", appId);
        a.put("campaignId", UUID.randomUUID().toString());
        a.put("campaignTitle", "2026年职工创新工作室创建活动");
        a.put("studioName", studioName);
        a.put("leaderName", studioName.replace("职工创新工作室", ""));
        a.put("applicantOrgId", "unit-001");
        a.put("applicantOrgName", "区精密机械有限公司工会");
        a.put("recommenderOrgId", "sys-industry");
        a.put("recommenderOrgName", "区工业系统工会");
        a.put("contactName", "李联络");
        a.put("contactPhone", contactPhone);
        a.put("contactEmail", contactEmail);
        a.put("campaignDeadline", "2026-12-31T17:00:00+08:00");
        return a;
    }

    public static String submitted(String eventId, String appId, String studioName) {
        return cloudEvent(eventId, "application.submitted", "application/" + appId,
                Map.of("application", application(appId, studioName, "13900001111", "contact@unit001.cn"),
                        "submissionCount", 1, "submittedBy", "applicant1"));
    }
}
