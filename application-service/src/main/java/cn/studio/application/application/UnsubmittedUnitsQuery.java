package cn.studio.application.application;

import cn.studio.application.campaign.CampaignEvents.UnitWithDraft;
import cn.studio.application.campaign.UnsubmittedUnits;
import cn.studio.application.org.Org;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class UnsubmittedUnitsQuery implements UnsubmittedUnits {
    @Override
    public List<UnitWithDraft> of(UUID campaignId) {
        return Application.<Application>list("campaignId = ?1 and state in ?2 order by applicantOrg", campaignId,
                List.of(ApplicationState.DRAFT, ApplicationState.RETURNED)).stream().map(a -> {
                    Org org = Org.findById(a.applicantOrg);
                    var contact = a.form == null ? null : a.form.contact();
                    return new UnitWithDraft(a.applicantOrg, org == null ? null : org.name, a.id,
                            contact == null ? null : contact.name(), contact == null ? null : contact.phone());
                }).toList();
    }
}
