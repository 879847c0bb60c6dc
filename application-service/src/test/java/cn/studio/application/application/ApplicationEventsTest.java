package cn.studio.application.application;

import cn.studio.application.EventLog;
import cn.studio.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.RECOMMENDER;
import static cn.studio.application.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each step reaches Kafka as a CloudEvent keyed by the application, carrying what a notifier needs. */
@QuarkusTest
class ApplicationEventsTest {

    @Test
    void submitReturnResubmitEndorseScreenArriveInOrderWithWhatANotifierNeeds() {
        String app = Fixtures.readyDraft(APPLICANT1, Fixtures.openCampaign(), "陈五");
        as(APPLICANT1).post("/api/v1/applications/" + app + "/submit").then().statusCode(200);
        as(RECOMMENDER).body(Map.of("reason", "材料不全")).post("/api/v1/applications/" + app + "/return").then().statusCode(200);
        as(APPLICANT1).post("/api/v1/applications/" + app + "/submit").then().statusCode(200);
        as(RECOMMENDER).body(Map.of("opinion", "同意推荐")).post("/api/v1/applications/" + app + "/endorse").then().statusCode(200);
        as(Fixtures.ADMIN).body(Map.of("accepted", true)).post("/api/v1/applications/" + app + "/screen").then().statusCode(200);

        List<EventLog.Event> mine = EventLog.readUntil(es -> es.stream().filter(e -> app.equals(e.key())).count() >= 5,
                Duration.ofSeconds(30)).stream().filter(e -> app.equals(e.key())).toList();
        assertEquals(List.of("application.submitted", "application.returned", "application.submitted",
                "application.endorsed", "application.screened"), mine.stream().map(EventLog.Event::type).toList());
        assertEquals(1, mine.stream().map(EventLog.Event::partition).distinct().count(), "one application, one partition");

        var submitted = mine.get(0).envelope();
        assertEquals("1.0", submitted.path("specversion").asText());
        assertEquals("/application-service", submitted.path("source").asText());
        assertEquals("application/" + app, submitted.path("subject").asText());
        assertEquals("application.submitted", mine.get(0).typeHeader());
        var summary = submitted.path("data").path("application");
        assertEquals("陈五职工创新工作室", summary.path("studioName").asText());
        assertEquals("sys-industry", summary.path("recommenderOrgId").asText());
        assertEquals("区工业系统工会", summary.path("recommenderOrgName").asText());
        assertEquals("unit-001", summary.path("applicantOrgId").asText());
        assertEquals("李联络", summary.path("contactName").asText());
        assertTrue(summary.path("campaignDeadline").asText().endsWith("+08:00"), summary.toString());
        assertEquals("材料不全", mine.get(1).envelope().path("data").path("reason").asText());
        assertEquals(2, mine.get(2).envelope().path("data").path("submissionCount").asInt());
        assertTrue(mine.get(4).envelope().path("data").path("accepted").asBoolean());
    }

    @Test
    void openingACampaignIsAnnounced() {
        String campaign = Fixtures.openCampaign();
        List<EventLog.Event> events = EventLog.readUntil(es -> es.stream().anyMatch(e -> campaign.equals(e.key())),
                Duration.ofSeconds(30));
        var opened = events.stream().filter(e -> campaign.equals(e.key())).findFirst().orElseThrow();
        assertEquals("campaign.opened", opened.type());
        assertEquals(10, opened.envelope().path("data").path("quota").asInt());
    }
}
