package cn.studio.notification;

import cn.studio.testsupport.SampleEvents;
import cn.studio.testsupport.TestServers;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.Properties;

/** Publishes events the way application-service does (CloudEvents, key = aggregate id) to the real broker. */
public final class Events {
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
        return SampleEvents.cloudEvent(id, type, subject, "/application-service", data);
    }

    /** The summary every application event carries, with the form's contact person. */
    public static Map<String, Object> application(String appId, String studioName, String contactPhone, String contactEmail) {
        Map<String, Object> a = SampleEvents.applicationSummary(appId, studioName);
        a.put("contactName", "李联络");
        a.put("contactPhone", contactPhone);
        a.put("contactEmail", contactEmail);
        return a;
    }

    public static String submitted(String eventId, String appId, String studioName) {
        return cloudEvent(eventId, "application.submitted", "application/" + appId,
                Map.of("application", application(appId, studioName, "13900001111", "contact@unit001.cn"),
                        "submissionCount", 1, "submittedBy", "applicant1"));
    }
}
