package cn.studio.application.campaign;

import cn.studio.application.ApplicationTopics;
import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CampaignService {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public Campaign create(CampaignRequest request) {
        Campaign c = new Campaign();
        c.id = UUID.randomUUID();
        apply(c, request);
        c.state = CampaignState.DRAFT;
        c.createdAt = clock.instant();
        c.persist();
        return c;
    }

    @Transactional
    public Campaign update(UUID id, CampaignRequest request) {
        Campaign c = find(id);
        if (c.state != CampaignState.DRAFT && c.state != CampaignState.OPEN) {
            throw ProblemException.conflict("CAMPAIGN_NOT_EDITABLE", "活动处于“" + c.state.label + "”状态，不能修改");
        }
        apply(c, request);
        return c;
    }

    @Transactional
    public Campaign moveTo(UUID id, CampaignState next) {
        Campaign c = find(id);
        if (!c.state.canMoveTo(next)) {
            throw ProblemException.conflict("CAMPAIGN_ILLEGAL_TRANSITION",
                    "活动不能从“" + c.state.label + "”变为“" + next.label + "”");
        }
        if (next == CampaignState.OPEN && !clock.instant().isBefore(c.deadline)) {
            throw ProblemException.conflict("CAMPAIGN_DEADLINE_PASSED", "申报截止时间已过，不能开放申报");
        }
        c.state = next;
        if (next == CampaignState.OPEN) {
            CampaignView v = CampaignView.of(c);
            outbox.publish(ApplicationTopics.EVENTS, CampaignEvents.OPENED, c.id.toString(), "campaign/" + c.id,
                    new CampaignEvents.Opened(c.id, c.year, c.title, v.deadline(), c.quota, c.contactPerson, c.contactPhones));
        }
        return c;
    }

    public Campaign find(UUID id) {
        Campaign c = Campaign.findById(id);
        if (c == null) {
            throw ProblemException.notFound("活动");
        }
        return c;
    }

    public List<Campaign> list(boolean openOnly) {
        return openOnly ? Campaign.list("state = ?1 and deadline > ?2 order by deadline", CampaignState.OPEN, Instant.now(clock))
                : Campaign.list("order by year desc, createdAt desc");
    }

    private static void apply(Campaign c, CampaignRequest r) {
        c.year = r.year();
        c.title = r.title().strip();
        c.organisers = r.organisers().strip();
        c.deadline = r.deadline().atZone(Campaign.ZONE).toInstant();
        c.quota = r.quota();
        c.contactUnit = r.contactUnit().strip();
        c.contactPerson = r.contactPerson().strip();
        c.contactPhones = r.contactPhones().strip();
    }
}
