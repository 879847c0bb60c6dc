package cn.studio.lifecycle.delisting;

import cn.studio.lifecycle.LifecycleTopics;
import cn.studio.lifecycle.studio.Studio;
import cn.studio.lifecycle.studio.StudioEvents;
import cn.studio.lifecycle.studio.StudioService;
import cn.studio.lifecycle.studio.StudioState;
import cn.studio.lifecycle.studio.StudioView;
import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Warning and delisting (通报摘牌) with the naming decision's two keys: 区总工会 warns, clears a warning, and proposes
 * the delisting; 区科委 approves it (not the proposer) or returns it to 已警示. Each step is one transaction with its
 * event; the approval writes the public notice from the zh-CN template.
 */
@ApplicationScoped
public class DelistingService {
    @Inject
    StudioService studios;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    NoticeTemplate template;

    @Transactional
    public StudioView warn(UUID id, int version, String reason, LocalDate deadline) {
        Studio s = studios.locked(id);
        if (!deadline.isAfter(studios.today())) {
            throw ProblemException.invalid(java.util.List.of(new cn.studio.platform.problem.RuleViolation("deadline",
                    "DEADLINE_NOT_IN_FUTURE", "整改期限须晚于今天")));
        }
        studios.move(s, version, StudioState.WARNED, reason);
        s.warningReason = reason;
        s.warningDeadline = deadline;
        publish(s, StudioEvents.WARNED, new StudioEvents.Warned(s.ref(), reason, deadline, caller.username()));
        return studios.saved(s);
    }

    @Transactional
    public StudioView clear(UUID id, int version, String note) {
        Studio s = studios.locked(id);
        studios.move(s, version, StudioState.ACTIVE, note);
        s.warningReason = null;
        s.warningDeadline = null;
        publish(s, StudioEvents.WARNING_CLEARED, new StudioEvents.WarningCleared(s.ref(), note, caller.username()));
        return studios.saved(s);
    }

    @Transactional
    public StudioView propose(UUID id, int version, String reason) {
        Studio s = studios.locked(id);
        studios.move(s, version, StudioState.DELISTING_PROPOSED, reason);
        s.delistingReason = reason;
        s.delistingProposedBy = caller.username();
        publish(s, StudioEvents.DELISTING_PROPOSED, new StudioEvents.DelistingProposed(s.ref(), reason, caller.username()));
        return studios.saved(s);
    }

    @Transactional
    public StudioView returnProposal(UUID id, int version, String reason) {
        Studio s = studios.locked(id);
        studios.move(s, version, StudioState.WARNED, reason);
        s.delistingReason = null;
        s.delistingProposedBy = null;
        publish(s, StudioEvents.DELISTING_RETURNED, new StudioEvents.DelistingReturned(s.ref(), reason, caller.username()));
        return studios.saved(s);
    }

    @Transactional
    public StudioView approve(UUID id, int version) {
        Studio s = studios.locked(id);
        if (s.state == StudioState.DELISTING_PROPOSED && caller.username().equals(s.delistingProposedBy)) {
            throw ProblemException.conflict("SAME_PERSON", "提出摘牌的人不能同时审核");
        }
        studios.move(s, version, StudioState.DELISTED, s.delistingReason);
        Instant now = Instant.now(clock);
        NoticeTemplate.Text text = template.render(s, s.delistingReason, studios.today());
        DelistingNotice n = new DelistingNotice();
        n.id = UUID.randomUUID();
        n.studioId = s.id;
        n.title = text.title();
        n.body = text.body();
        n.proposedBy = s.delistingProposedBy;
        n.approvedBy = caller.username();
        n.publishedAt = now;
        n.persist();
        publish(s, StudioEvents.DELISTED, new StudioEvents.Delisted(s.ref(), s.delistingReason, n.id, n.title,
                OffsetDateTime.ofInstant(now, StudioService.ZONE), n.proposedBy, n.approvedBy));
        return studios.saved(s);
    }

    private void publish(Studio s, String type, Object data) {
        outbox.publish(LifecycleTopics.EVENTS, type, s.id.toString(), "studio/" + s.id, data);
    }
}
