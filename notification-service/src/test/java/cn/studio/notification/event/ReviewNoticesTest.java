package cn.studio.notification.event;

import cn.studio.notification.Events;
import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.Notification;
import cn.studio.platform.events.CloudEvent;
import cn.studio.testsupport.SampleEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * review-service's events (review-service/…/events.md) become notices to the right people with the right text: a
 * sample event in, the planned notices out (the directory is the test realm's Keycloak).
 */
@QuarkusTest
class ReviewNoticesTest {
    private static final String CAMPAIGN = "2026年职工创新工作室创建活动";

    @Inject
    NotificationPlanner planner;

    @Inject
    ObjectMapper json;

    private List<Notification> plan(String type, Map<String, Object> data) throws Exception {
        String event = SampleEvents.cloudEvent(UUID.randomUUID().toString(), type, "review/x", "/review-service", data);
        return planner.plan(json.readValue(event, CloudEvent.class));
    }

    private static Set<String> recipients(List<Notification> notices, Channel channel) {
        return notices.stream().filter(n -> n.channel() == channel).map(Notification::recipient).collect(Collectors.toSet());
    }

    private static Notification email(List<Notification> notices, String recipient) {
        return notices.stream().filter(n -> n.channel() == Channel.EMAIL && n.recipient().equals(recipient)).findFirst()
                .orElseThrow(() -> new AssertionError("no e-mail to " + recipient));
    }

    private static Notification sms(List<Notification> notices, String recipient) {
        return notices.stream().filter(n -> n.channel() == Channel.SMS && n.recipient().equals(recipient)).findFirst()
                .orElseThrow(() -> new AssertionError("no SMS to " + recipient));
    }

    /** A review event's {@code Unit}: unit-001 (applicant1) with the form's contact. */
    private static Map<String, Object> unit(String orgId, String studio, String contactPhone) {
        Map<String, Object> unit = new HashMap<>();
        unit.put("applicationId", UUID.randomUUID().toString());
        unit.put("campaignId", UUID.randomUUID().toString());
        unit.put("campaignTitle", CAMPAIGN);
        unit.put("studioName", studio);
        unit.put("leaderName", studio.replace("职工创新工作室", ""));
        unit.put("applicantOrgId", orgId);
        unit.put("applicantOrgName", orgId.equals("unit-001") ? "区精密机械有限公司工会" : "区电子科技有限公司工会");
        unit.put("recommenderOrgId", "sys-industry");
        unit.put("recommenderOrgName", "区工业系统工会");
        unit.put("contactName", "李联络");
        unit.put("contactPhone", contactPhone);
        unit.put("contactEmail", "contact-" + contactPhone + "@unit.cn");
        return unit;
    }

    static Map<String, Object> assigned() {
        return Map.of("roundId", UUID.randomUUID().toString(), "campaignId", UUID.randomUUID().toString(),
                "campaignTitle", CAMPAIGN, "reviewer", "reviewer2", "scoringDeadline", "2026-12-25T17:00:00+08:00",
                "cases", List.of(Map.of("applicationId", "a1", "studioName", "张三职工创新工作室", "applicantOrgName", "区精密机械有限公司工会"),
                        Map.of("applicationId", "a2", "studioName", "李四职工创新工作室", "applicantOrgName", "区电子科技有限公司工会")));
    }

    Map<String, Object> siteVisit() {
        return Map.of("visitId", UUID.randomUUID().toString(), "roundId", UUID.randomUUID().toString(),
                "unit", unit("unit-001", "王五职工创新工作室", "13900005555"), "scheduledAt", "2027-01-08T09:30:00+08:00",
                "address", "区精密机械有限公司三号楼", "visitors", List.of("reviewer1", "admin1"), "rescheduled", false);
    }

    Map<String, Object> decided() {
        Map<String, Object> named = unit("unit-001", "赵六职工创新工作室", "13900006666");
        named.put("namedTitle", "赵六职工创新工作室");
        named.put("level", "DISTRICT");
        named.put("fundingWanYuan", 5.00);
        named.put("cityRecommended", true);
        named.put("innovationFields", List.of("工艺改进"));
        return Map.of("decisionId", UUID.randomUUID().toString(), "roundId", UUID.randomUUID().toString(),
                "campaignId", UUID.randomUUID().toString(), "campaignTitle", CAMPAIGN, "decidedAt", "2027-03-02T10:15:00+08:00",
                "named", List.of(named), "notNamed", List.of(unit("unit-002", "钱七职工创新工作室", "13900007777")));
    }

    static Map<String, Object> proposed() {
        Map<String, Object> data = new HashMap<>(Map.of("decisionId", "d-1", "roundId", "r-1", "campaignId", "c-1",
                "campaignTitle", CAMPAIGN, "quota", 10, "proposedCount", 11, "proposedBy", "admin1"));
        data.put("overQuotaReason", "两家并列第十名");
        return data;
    }

    @Test
    void anAssignmentTellsTheReviewerTheCasesAndTheScoringDeadline() throws Exception {
        List<Notification> notices = plan("review.assigned", assigned());

        assertEquals(Set.of("reviewer2"), recipients(notices, Channel.EMAIL));
        assertEquals(Set.of("reviewer2"), recipients(notices, Channel.SMS));
        assertEquals(Set.of("reviewer2"), recipients(notices, Channel.INBOX));
        Notification mail = email(notices, "reviewer2");
        assertEquals("reviewer2@studio.local", mail.address());
        assertEquals("【评审任务】" + CAMPAIGN + "：2份申报待评分", mail.subject());
        assertTrue(mail.text().contains("1. 张三职工创新工作室（区精密机械有限公司工会）"), mail.text());
        assertTrue(mail.text().contains("2. 李四职工创新工作室（区电子科技有限公司工会）"), mail.text());
        assertTrue(mail.text().contains("请于2026年12月25日 17:00（北京时间）前登录评审系统完成评分"), mail.text());
        assertTrue(mail.html().contains("2026年12月25日 17:00（北京时间）"), mail.html());
        assertTrue(sms(notices, "reviewer2").text().contains("2026年12月25日 17:00（北京时间）前"));
    }

    @Test
    void aSiteVisitTellsTheUnitAndItsContactWithoutNamingTheVisitorsAndTellsEachVisitor() throws Exception {
        List<Notification> notices = plan("review.sitevisit.scheduled", siteVisit());

        assertEquals(Set.of("applicant1", "contact:13900005555", "reviewer1", "admin1"), recipients(notices, Channel.SMS));
        Notification unit = email(notices, "applicant1");
        assertEquals("【实地考察通知】“王五职工创新工作室”", unit.subject());
        assertTrue(unit.text().contains("区总工会、区科委定于2027年1月8日 09:30（北京时间）对贵单位申报的“王五职工创新工作室”进行实地考察"), unit.text());
        assertTrue(unit.text().contains("考察地点：区精密机械有限公司三号楼"));
        assertFalse(unit.text().contains("评审专家") || unit.html().contains("评审专家") || unit.text().contains("reviewer1"),
                "reviewers stay anonymous to the unit");
        assertEquals("contact-13900005555@unit.cn", email(notices, "contact:13900005555").address());
        assertEquals(unit.text().replace("申报单位一工会", "李联络"), email(notices, "contact:13900005555").text());

        Notification visitor = email(notices, "reviewer1");
        assertEquals("【实地考察任务】区精密机械有限公司工会“王五职工创新工作室”", visitor.subject());
        assertTrue(visitor.text().contains("请于2027年1月8日 09:30（北京时间）前往区精密机械有限公司工会"), visitor.text());
        assertTrue(visitor.text().contains("单位联系人：李联络 13900005555"), visitor.text());
        assertEquals(visitor.subject(), email(notices, "admin1").subject());
    }

    @Test
    void aMovedSiteVisitSaysSo() throws Exception {
        Map<String, Object> data = new HashMap<>(siteVisit());
        data.put("rescheduled", true);
        List<Notification> notices = plan("review.sitevisit.scheduled", data);

        assertEquals("【实地考察通知】“王五职工创新工作室”（时间调整）", email(notices, "applicant1").subject());
        assertTrue(email(notices, "reviewer1").text().contains("（考察时间已调整，以本通知为准）"));
    }

    @Test
    void aProposalGoesToTheCommissionWithTheReasonForExceedingTheQuota() throws Exception {
        List<Notification> notices = plan("review.decision.proposed", proposed());

        assertEquals(Set.of("commission1"), recipients(notices, Channel.EMAIL));
        Notification mail = email(notices, "commission1");
        assertEquals("【待审定】" + CAMPAIGN + "拟命名名单", mail.subject());
        assertTrue(mail.text().contains("共11个工作室（命名名额10个）"), mail.text());
        assertTrue(mail.text().contains("超出名额的理由：两家并列第十名"), mail.text());
    }

    @Test
    void aProposalWithinTheQuotaGivesNoReason() throws Exception {
        Map<String, Object> data = proposed();
        data.put("overQuotaReason", null);
        data.put("proposedCount", 9);
        Notification mail = email(plan("review.decision.proposed", data), "commission1");

        assertFalse(mail.text().contains("超出名额"), mail.text());
    }

    @Test
    void aReturnedProposalGoesToTheUnionAdminsWithTheReason() throws Exception {
        List<Notification> notices = plan("review.decision.returned", Map.of("decisionId", "d-1", "roundId", "r-1",
                "campaignId", "c-1", "campaignTitle", CAMPAIGN, "reason", "请补充排名依据", "returnedBy", "commission1"));

        assertEquals(Set.of("admin1"), recipients(notices, Channel.EMAIL));
        Notification mail = email(notices, "admin1");
        assertEquals("【名单退回】" + CAMPAIGN + "拟命名名单被退回", mail.subject());
        assertTrue(mail.text().contains("理由：请补充排名依据"), mail.text());
    }

    @Test
    void aDecisionTellsEveryUnitNamedOrNotInItsOwnWords() throws Exception {
        List<Notification> notices = plan("review.decided", decided());

        assertEquals(Set.of("applicant1", "contact:13900006666", "applicant2", "contact:13900007777"), recipients(notices, Channel.EMAIL));
        Notification named = email(notices, "applicant1");
        assertEquals("【命名认定】“赵六职工创新工作室”被命名为区级职工创新工作室", named.subject());
        assertTrue(named.text().contains("区精密机械有限公司工会“赵六职工创新工作室”被命名为区级职工创新工作室（2027年3月2日决定），资助经费5万元。"), named.text());
        assertTrue(named.text().contains("该工作室同时被推荐参评市级职工创新工作室。"), named.text());
        assertEquals(named.subject(), email(notices, "contact:13900006666").subject());

        Notification notNamed = email(notices, "applicant2");
        assertEquals("【评审结果】“钱七职工创新工作室”评审结果", notNamed.subject());
        assertTrue(notNamed.text().contains("评审工作已于2027年3月2日结束。贵单位申报的“钱七职工创新工作室”本次未获命名。"), notNamed.text());
        assertFalse(notNamed.text().contains("赵六"), "a unit is not told of another's result");
        assertTrue(sms(notices, "contact:13900007777").text().contains("本次未获命名"));
    }

    @Test
    void reviewEventsAreReadFromTheirTopicAndDelivered() {
        String title = "评审" + UUID.randomUUID().toString().substring(0, 6) + CAMPAIGN;
        Events.send("review-events", "d-2", SampleEvents.cloudEvent(UUID.randomUUID().toString(), "review.decision.returned",
                "decision/d-2", "/review-service", Map.of("decisionId", "d-2", "roundId", "r-2", "campaignId", "c-2",
                        "campaignTitle", title, "reason", "名额理由不充分", "returnedBy", "commission1")));

        await().atMost(Duration.ofSeconds(40)).until(() -> NotifyOnEventsTest.mailsAbout("admin1@studio.local", title).size() == 1);
        assertTrue(NotifyOnEventsTest.mailsAbout("admin1@studio.local", title).get(0).text().contains("理由：名额理由不充分"));
    }

    @Test
    void cityRecommendationsGoToTheUnionAdminsWithTheStudios() throws Exception {
        List<Notification> notices = plan("review.city-recommended", Map.of("decisionId", "d-1", "campaignId", "c-1",
                "campaignTitle", CAMPAIGN, "studios", List.of(Map.of("applicationId", "a1", "namedTitle", "赵六职工创新工作室",
                        "leaderName", "赵六", "applicantOrgName", "区精密机械有限公司工会"))));

        assertEquals(Set.of("admin1"), recipients(notices, Channel.EMAIL));
        Notification mail = email(notices, "admin1");
        assertEquals("【市级推荐】" + CAMPAIGN + "：1个工作室推荐参评市级", mail.subject());
        assertTrue(mail.text().contains("1. 赵六职工创新工作室（区精密机械有限公司工会）"), mail.text());
    }

    @Test
    void completedScoresGoToTheUnionAdmins() throws Exception {
        List<Notification> notices = plan("review.scores.completed", Map.of("roundId", "r-1", "campaignId", "c-1",
                "campaignTitle", CAMPAIGN, "cases", 12, "scorecards", 36));

        assertEquals(Set.of("admin1"), recipients(notices, Channel.EMAIL));
        Notification mail = email(notices, "admin1");
        assertEquals("【评分完成】" + CAMPAIGN, mail.subject());
        assertTrue(mail.text().contains("12份申报，共36份评分表"), mail.text());
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void noNoticeShowsAnIsoDate() throws Exception {
        Map<String, Object> opened = Map.of("campaignId", "c-1", "year", 2026, "title", CAMPAIGN,
                "deadline", "2026-12-31T17:00:00+08:00", "quota", 10, "contactPerson", "王老师", "contactPhones", "010-1");
        Map<String, Object> approaching = Map.of("campaignId", "c-1", "title", CAMPAIGN, "deadline", "2026-12-31T17:00:00+08:00",
                "daysBefore", 3, "units", List.of(Map.of("orgId", "unit-001", "contactName", "李", "contactPhone", "13600000000")));
        Map<String, Object> returned = Map.of("application", SampleEvents.applicationSummary("a-1", "孙八职工创新工作室"),
                "reason", "请补充", "returnedBy", "recommender1");
        List<Notification> all = Stream.of(plan("campaign.opened", opened), plan("campaign.deadline-approaching", approaching),
                        plan("application.returned", returned), plan("review.assigned", assigned()),
                        plan("review.sitevisit.scheduled", siteVisit()), plan("review.decided", decided()))
                .flatMap(List::stream).toList();

        for (Notification n : all) {
            for (String text : Stream.of(n.subject(), n.text(), n.html()).filter(t -> t != null).toList()) {
                assertFalse(ISO_DATE.matcher(text).find(), n.eventType() + " to " + n.recipient() + ": " + text);
            }
        }
        assertTrue(email(all.stream().filter(n -> n.eventType().equals("campaign.opened")).toList(), "applicant1").text()
                .contains("申报截止时间2026年12月31日 17:00（北京时间）"));
        assertTrue(all.stream().anyMatch(n -> n.eventType().equals("campaign.opened") && n.channel() == Channel.SMS
                && n.text().contains("截止2026年12月31日，")));
        assertTrue(email(all.stream().filter(n -> n.eventType().equals("application.returned")).toList(), "applicant1").text()
                .contains("请在申报截止时间（2026年12月31日 17:00（北京时间））前"));
    }
}
