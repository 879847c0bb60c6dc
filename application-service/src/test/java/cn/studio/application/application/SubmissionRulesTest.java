package cn.studio.application.application;

import cn.studio.application.attachment.AttachmentKind;
import cn.studio.application.campaign.Campaign;
import cn.studio.application.campaign.CampaignState;
import cn.studio.application.org.Org;
import cn.studio.platform.problem.RuleViolation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import cn.studio.application.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The submission rules alone, without servers: one behaviour each. */
class SubmissionRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static ApplicationForm form(int headcount) {
        return JSON.convertValue(Fixtures.completeForm("张三", headcount), ApplicationForm.class);
    }

    @SuppressWarnings("unchecked")
    private static ApplicationForm form(String section, String field, String value) {
        Map<String, Object> form = Fixtures.completeForm("张三", 3);
        ((Map<String, Object>) form.get(section)).put(field, value);
        return JSON.convertValue(form, ApplicationForm.class);
    }

    private static SubmissionRules.Facts facts(long photos, boolean named) {
        return facts(photos, named, NOW);
    }

    /** An open campaign with its deadline 30 days after {@code now}, judged at {@code now}. */
    private static SubmissionRules.Facts facts(long photos, boolean named, Instant now) {
        Campaign c = new Campaign();
        c.state = CampaignState.OPEN;
        c.deadline = now.plus(Duration.ofDays(30));
        Org unit = Org.create("unit-001", "单位", Org.Kind.UNIT, "sys-industry");
        Org rec = Org.create("sys-industry", "工业系统", Org.Kind.RECOMMENDER, "district-union");
        return new SubmissionRules.Facts(c, now, unit, rec,
                Map.of(AttachmentKind.PHOTO, photos, AttachmentKind.RECOMMENDATION_LETTER, 1L), named);
    }

    private static List<String> codes(ApplicationForm form, SubmissionRules.Facts facts) {
        return SubmissionRules.check(form, facts).stream().map(RuleViolation::code).toList();
    }

    @Test
    void aCompleteFormPasses() {
        assertEquals(List.of(), SubmissionRules.check(form(3), facts(3, false)));
    }

    @Test
    void submitRefusesMoreThan150Members() {
        assertTrue(codes(form(151), facts(3, false)).contains("HEADCOUNT_OVER_LIMIT"));
    }

    @Test
    void exactly150MembersAreAllowed() {
        assertEquals(List.of(), codes(form(150), facts(5, false)));
    }

    @Test
    void headcountMustMatchTheParticipantList() {
        ApplicationForm f = form(3);
        ApplicationForm.Studio s = f.studio();
        ApplicationForm changed = new ApplicationForm(f.recommenderOrgId(), f.contact(), f.leader(),
                new ApplicationForm.Studio(s.name(), s.foundedMonth(), 4, s.areaSquareMeters(), s.funding(), s.equipment(),
                        s.equipmentListAttached(), s.innovationFields(), s.innovationFieldsOther(), s.resultFields(),
                        s.resultFieldsOther(), s.publicityMaterials(), s.publicityMaterialsOther()),
                f.hostUnit(), f.participants(), f.achievements(), f.thisYearWork(), f.nextYearPlan(), f.hostUnitOpinion());
        assertEquals(List.of("HEADCOUNT_MISMATCH"), codes(changed, facts(3, false)));
    }

    @Test
    void fundingPartsMustAddUpToTheTotal() {
        ApplicationForm f = withFunding(new ApplicationForm.Funding(new BigDecimal("50.00"), new BigDecimal("30"),
                new BigDecimal("10"), new BigDecimal("5.5"), new BigDecimal("4.49"), "课题"));
        assertEquals(List.of("FUNDING_SUM_MISMATCH"), codes(f, facts(3, false)));
    }

    @Test
    void moneyHasAtMostTwoDecimalsAndIsNotNegative() {
        ApplicationForm f = withFunding(new ApplicationForm.Funding(new BigDecimal("50.001"), new BigDecimal("-1"),
                null, null, null, null));
        assertEquals(List.of("MONEY_INVALID", "MONEY_INVALID"), codes(f, facts(3, false)));
    }

    @Test
    void threeToFivePhotos() {
        assertTrue(codes(form(3), facts(2, false)).contains("PHOTO_COUNT"));
        assertTrue(codes(form(3), facts(6, false)).contains("PHOTO_COUNT"));
        assertEquals(List.of(), codes(form(3), facts(5, false)));
    }

    @Test
    void registeredLeaderIsRefused() {
        assertEquals(List.of("ALREADY_NAMED_REGISTER"), codes(form(3), facts(3, true)));
    }

    @Test
    void noSubmissionAfterTheDeadline() {
        SubmissionRules.Facts late = facts(3, false);
        late.campaign().deadline = NOW.minusSeconds(1);
        assertEquals(List.of("CAMPAIGN_NOT_OPEN"), codes(form(3), late));
    }

    @Test
    void theLeaderIsSixteenAtTheTimeOfTheFacts() {
        ApplicationForm bornMid2011 = form("leader", "birthMonth", "2011-06");
        assertEquals(List.of("BIRTH_MONTH_INVALID"), codes(bornMid2011, facts(3, false, NOW)));
        assertEquals(List.of(), codes(bornMid2011, facts(3, false, NOW.plus(Duration.ofDays(2 * 365)))));
    }

    @Test
    void theStudioIsFoundedNoLaterThanTheMonthOfTheFacts() {
        ApplicationForm foundedJanuary2027 = form("studio", "foundedMonth", "2027-01");
        assertEquals(List.of("FOUNDED_IN_FUTURE"), codes(foundedJanuary2027, facts(3, false, NOW)));
        assertEquals(List.of(), codes(foundedJanuary2027, facts(3, false, NOW.plus(Duration.ofDays(31)))));
    }

    private static ApplicationForm withFunding(ApplicationForm.Funding funding) {
        ApplicationForm f = form(3);
        ApplicationForm.Studio s = f.studio();
        return new ApplicationForm(f.recommenderOrgId(), f.contact(), f.leader(),
                new ApplicationForm.Studio(s.name(), s.foundedMonth(), s.headcount(), s.areaSquareMeters(), funding,
                        s.equipment(), s.equipmentListAttached(), s.innovationFields(), s.innovationFieldsOther(),
                        s.resultFields(), s.resultFieldsOther(), s.publicityMaterials(), s.publicityMaterialsOther()),
                f.hostUnit(), f.participants(), f.achievements(), f.thisYearWork(), f.nextYearPlan(), f.hostUnitOpinion());
    }
}
