package cn.studio.application.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payloads of the campaign events on {@code application-events} (documented in events.md). */
public final class CampaignEvents {
    public static final String OPENED = "campaign.opened";
    public static final String DEADLINE_APPROACHING = "campaign.deadline-approaching";

    private CampaignEvents() {
    }

    public record Opened(UUID campaignId, int year, String title, OffsetDateTime deadline, int quota,
                         String contactPerson, String contactPhones) {
    }

    /** Sent 7 and 1 days before the deadline, naming the units whose applications are still unsubmitted. */
    public record DeadlineApproaching(UUID campaignId, String title, OffsetDateTime deadline, int daysBefore,
                                      List<UnitWithDraft> units) {
    }

    public record UnitWithDraft(String orgId, String orgName, UUID applicationId, String contactName, String contactPhone) {
    }
}
