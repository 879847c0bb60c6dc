package cn.studio.application.campaign;

import java.time.OffsetDateTime;
import java.util.UUID;

public record CampaignView(UUID id, int year, String title, String organisers, OffsetDateTime deadline, int quota,
                           String contactUnit, String contactPerson, String contactPhones, CampaignState state,
                           String stateLabel) {
    static CampaignView of(Campaign c) {
        return new CampaignView(c.id, c.year, c.title, c.organisers, c.deadline.atZone(Campaign.ZONE).toOffsetDateTime(),
                c.quota, c.contactUnit, c.contactPerson, c.contactPhones, c.state, c.state.label);
    }
}
