package cn.studio.application.campaign;

import java.util.List;
import java.util.UUID;

/**
 * The units whose application to a campaign is not submitted (a draft, or returned for revision), for the deadline
 * reminders. Answered by the application package, which owns those rows; campaign needs no knowledge of them.
 */
public interface UnsubmittedUnits {
    List<CampaignEvents.UnitWithDraft> of(UUID campaignId);
}
