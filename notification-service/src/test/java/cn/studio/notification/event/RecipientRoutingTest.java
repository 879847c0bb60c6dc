package cn.studio.notification.event;

import cn.studio.notification.recipient.Directory;
import cn.studio.notification.recipient.Recipient;
import cn.studio.platform.inbox.PoisonEventException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Who hears of which event, over a directory held in memory. */
class RecipientRoutingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RecipientRouting routing = new RecipientRouting();

    RecipientRoutingTest() {
        routing.directory = new Directory() {
            final List<Recipient> users = List.of(
                    new Recipient("recommender1", "推荐人", "r1@x.cn", "138", "sys-industry"),
                    new Recipient("recommender9", "别的推荐人", "r9@x.cn", null, "sys-other"),
                    new Recipient("applicant1", "申报人", "a1@x.cn", "139", "unit-001"),
                    new Recipient("applicant2", "申报人二", "a2@x.cn", null, "unit-002"));

            @Override
            public List<Recipient> withRole(String role, String org) {
                return users.stream().filter(u -> u.username().startsWith(role))
                        .filter(u -> org == null || org.equals(u.org())).toList();
            }
        };
    }

    private List<String> names(String type, String data) throws Exception {
        JsonNode node = JSON.readTree(data);
        return routing.recipients(type, node).stream().map(Recipient::username).toList();
    }

    @Test
    void aSubmissionGoesToTheRecommendersOfItsRecommendingUnitOnly() throws Exception {
        assertEquals(List.of("recommender1"), names("application.submitted", "{\"application\":{\"recommenderOrgId\":\"sys-industry\"}}"));
    }

    @Test
    void aReturnGoesToTheUnitsApplicantsAndTheFormsContactOnce() throws Exception {
        assertEquals(List.of("applicant1", "contact:13700000000"), names("application.returned",
                "{\"application\":{\"applicantOrgId\":\"unit-001\",\"contactName\":\"李\",\"contactPhone\":\"13700000000\"}}"));
    }

    @Test
    void aContactWithNoWayToReachIsLeftOut() throws Exception {
        assertEquals(List.of("applicant1"), names("application.screened",
                "{\"application\":{\"applicantOrgId\":\"unit-001\",\"contactName\":\"李\"}}"));
    }

    @Test
    void anOpenedCampaignGoesToEveryApplicant() throws Exception {
        assertEquals(List.of("applicant1", "applicant2"), names("campaign.opened", "{}"));
    }

    @Test
    void aDeadlineReminderGoesToEachUnitStillHoldingADraftAndItsContact() throws Exception {
        assertEquals(List.of("applicant2", "contact:13600000000"), names("campaign.deadline-approaching",
                "{\"units\":[{\"orgId\":\"unit-002\",\"contactName\":\"王\",\"contactPhone\":\"13600000000\"}]}"));
    }

    @Test
    void typesWithoutARouteReachNobody() throws Exception {
        assertEquals(List.of(), names("review.something-new", "{}"));
    }

    @Test
    void anEventWithoutTheOrgItIsRoutedByIsPoison() {
        PoisonEventException e = assertThrows(PoisonEventException.class, () -> names("application.submitted", "{\"application\":{}}"));
        assertEquals("the event lacks recommenderOrgId", e.getMessage());
    }
}
