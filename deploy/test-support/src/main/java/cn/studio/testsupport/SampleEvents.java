package cn.studio.testsupport;

import cn.studio.stack.*;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Events shaped as application-service publishes them (see its events.md), for load and crash tests and benchmarks
 * that drive notification-service straight through Kafka.
 */
public final class SampleEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE_CAMPAIGN_ID = "00000000-0000-4000-8000-000000002026";

    private SampleEvents() {
    }

    /** An {@code application.submitted} CloudEvent of unit-001, recommended through sys-industry (recommender1). */
    public static String submitted(String applicationId, String studioName, String source) {
        return cloudEvent(UUID.randomUUID().toString(), "application.submitted", "application/" + applicationId, source,
                Map.of("application", applicationSummary(applicationId, studioName), "submissionCount", 1, "submittedBy", "load"));
    }

    /** The summary every application event carries (application-service's events.md); mutable, to add fields to. */
    public static Map<String, Object> applicationSummary(String applicationId, String studioName) {
        Map<String, Object> summary = new HashMap<>();
        summary.put("applicationId", applicationId);
        summary.put("campaignId", SAMPLE_CAMPAIGN_ID);
        summary.put("campaignTitle", "2026年职工创新工作室创建活动");
        summary.put("studioName", studioName);
        summary.put("leaderName", studioName.replace("职工创新工作室", ""));
        summary.put("applicantOrgId", "unit-001");
        summary.put("applicantOrgName", "区精密机械有限公司工会");
        summary.put("recommenderOrgId", "sys-industry");
        summary.put("recommenderOrgName", "区工业系统工会");
        summary.put("campaignDeadline", "2026-12-31T17:00:00+08:00");
        return summary;
    }

    /** A structured-mode CloudEvent, as the suite's outbox writes it. */
    public static String cloudEvent(String id, String type, String subject, String source, Object data) {
        Map<String, Object> envelope = new HashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", id);
        envelope.put("source", source);
        envelope.put("type", type);
        envelope.put("subject", subject);
        envelope.put("time", Instant.now().toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("data", data);
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
