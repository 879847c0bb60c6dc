package cn.studio.review.decision;

import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.problem.RuleViolation;
import cn.studio.platform.web.Caller;
import cn.studio.review.ReviewTopics;
import cn.studio.review.audit.AuditLog;
import cn.studio.review.campaign.Campaign;
import cn.studio.review.reviewcase.ReviewCase;
import cn.studio.review.round.ReviewRound;
import cn.studio.review.round.RoundService;
import cn.studio.review.sitevisit.SiteVisitService;
import cn.studio.review.sitevisit.VisitVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The two-key decision (两把钥匙): 区总工会 proposes the named list within the campaign's quota (more needs a reason),
 * 区科委 approves or returns it. After both keys nothing can change it (the database refuses too). Every step is an
 * entry of the audit hash chain.
 */
@ApplicationScoped
public class DecisionService {
    public static final String LEVEL = "DISTRICT";

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    RoundService rounds;
    @Inject
    SiteVisitService siteVisits;

    public record Proposal(List<ProposedEntry> entries, String overQuotaReason) {
    }

    public record ProposedEntry(UUID applicationId, BigDecimal fundingWanYuan, boolean cityRecommended) {
    }

    /** 「<领军人姓名>职工创新工作室」: named after its leader (以领军人物命名). */
    public static String namedTitle(String leaderName) {
        return leaderName.trim() + "职工创新工作室";
    }

    @Transactional
    public DecisionView propose(UUID roundId, Proposal proposal) {
        ReviewRound round = rounds.openRound(roundId);
        ReviewRound.getEntityManager().lock(round, LockModeType.PESSIMISTIC_WRITE);
        Campaign campaign = Campaign.findById(round.campaignId);
        Map<UUID, ReviewCase> cases = new HashMap<>();
        ReviewCase.ofCampaign(round.campaignId).forEach(c -> cases.put(c.applicationId, c));
        Map<UUID, VisitVerdict> verdicts = siteVisits.verdicts(roundId);
        List<RuleViolation> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<ProposedEntry> entries = proposal.entries();
        for (int i = 0; i < entries.size(); i++) {
            ProposedEntry e = entries.get(i);
            String at = "entries[" + i + "]";
            ReviewCase c = cases.get(e.applicationId());
            if (!seen.add(e.applicationId())) {
                problems.add(new RuleViolation(at + ".applicationId", "DUPLICATE_ENTRY", "同一案件重复列入"));
            } else if (c == null) {
                problems.add(new RuleViolation(at + ".applicationId", "CASE_NOT_IN_ROUND", "案件不属于本轮评审的活动"));
            } else {
                if (verdicts.get(c.applicationId) == VisitVerdict.FAIL) {
                    problems.add(new RuleViolation(at + ".applicationId", "SITE_VISIT_FAILED", c.studioName + " 实地考察不通过，不能认定"));
                }
                if (c.leaderName == null || c.leaderName.isBlank()) {
                    problems.add(new RuleViolation(at + ".applicationId", "LEADER_MISSING", c.studioName + " 没有领军人姓名，无法命名"));
                }
            }
            if (e.fundingWanYuan() == null || e.fundingWanYuan().signum() < 0 || e.fundingWanYuan().stripTrailingZeros().scale() > 2) {
                problems.add(new RuleViolation(at + ".fundingWanYuan", "MONEY_INVALID", "经费支持（万元）须为不小于0、最多两位小数的数"));
            }
        }
        int quota = campaign == null ? 0 : campaign.quota;
        if (entries.size() > quota && (proposal.overQuotaReason() == null || proposal.overQuotaReason().isBlank())) {
            problems.add(new RuleViolation("overQuotaReason", "OVER_QUOTA_REASON_REQUIRED",
                    "拟命名 " + entries.size() + " 个，超过名额 " + quota + " 个，须说明理由"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Decision d = Decision.find("roundId", roundId).firstResult();
        DecisionView before = d == null ? null : view(d);
        if (d == null) {
            d = new Decision();
            d.id = UUID.randomUUID();
            d.roundId = roundId;
            d.campaignId = round.campaignId;
        } else if (!d.state.canMoveTo(DecisionState.PROPOSED)) {
            throw d.state == DecisionState.APPROVED
                    ? ProblemException.conflict("DECISION_FINAL", "认定决定已生效，不能修改")
                    : ProblemException.conflict("DECISION_PENDING", "已提交区科委审批，待其审批或退回后才能修改");
        } else {
            DecisionEntry.delete("decisionId", d.id);
        }
        d.quota = quota;
        d.state = DecisionState.PROPOSED;
        d.overQuotaReason = entries.size() > quota ? proposal.overQuotaReason() : null;
        d.proposedBy = caller.username();
        d.proposedAt = Instant.now(clock);
        d.persist();
        for (int i = 0; i < entries.size(); i++) {
            ProposedEntry e = entries.get(i);
            DecisionEntry entry = new DecisionEntry();
            entry.id = UUID.randomUUID();
            entry.decisionId = d.id;
            entry.applicationId = e.applicationId();
            entry.position = i + 1;
            entry.namedTitle = namedTitle(cases.get(e.applicationId()).leaderName);
            entry.fundingWanYuan = e.fundingWanYuan().setScale(2);
            entry.cityRecommended = e.cityRecommended();
            entry.persist();
        }
        DecisionEntry.flush();
        DecisionView after = view(d);
        audit.recordChained("decision.proposed", "decision", d.id, before, after);
        outbox.publish(ReviewTopics.EVENTS, DecisionEvents.PROPOSED, d.id.toString(), "decision/" + d.id,
                new DecisionEvents.Proposed(d.id, roundId, round.campaignId, campaign == null ? null : campaign.title,
                        quota, entries.size(), d.overQuotaReason, d.proposedBy));
        return after;
    }

    @Transactional
    public DecisionView approve(UUID decisionId, int expectedVersion) {
        Decision d = pending(decisionId, expectedVersion);
        if (caller.username().equals(d.proposedBy)) {
            throw ProblemException.conflict("SAME_PERSON", "提议人不能同时审批（两把钥匙须由两方分别掌握）");
        }
        DecisionView before = view(d);
        d.state = DecisionState.APPROVED;
        d.decidedBy = caller.username();
        d.decidedAt = Instant.now(clock);
        rounds.close(d.roundId);
        Decision.flush();
        DecisionView after = view(d);
        audit.recordChained("decision.approved", "decision", d.id, before, after);
        announceDecided(d);
        return after;
    }

    @Transactional
    public DecisionView returnToProposer(UUID decisionId, int expectedVersion, String reason) {
        Decision d = pending(decisionId, expectedVersion);
        DecisionView before = view(d);
        d.state = DecisionState.RETURNED;
        d.returnedBy = caller.username();
        d.returnedAt = Instant.now(clock);
        d.returnReason = reason;
        Decision.flush();
        DecisionView after = view(d);
        audit.recordChained("decision.returned", "decision", d.id, before, after);
        Campaign campaign = Campaign.findById(d.campaignId);
        outbox.publish(ReviewTopics.EVENTS, DecisionEvents.RETURNED, d.id.toString(), "decision/" + d.id,
                new DecisionEvents.Returned(d.id, d.roundId, d.campaignId, campaign == null ? null : campaign.title,
                        reason, d.returnedBy));
        return after;
    }

    public DecisionView ofRound(UUID roundId) {
        rounds.visible(roundId);
        Decision d = Decision.find("roundId", roundId).firstResult();
        if (d == null) {
            throw ProblemException.notFound("认定决定");
        }
        return view(d);
    }

    public DecisionView get(UUID decisionId) {
        Decision d = Decision.findById(decisionId);
        if (d == null) {
            throw ProblemException.notFound("认定决定");
        }
        return view(d);
    }

    /** The approved decision of a campaign, if there is one. */
    public Decision approvedOfCampaign(UUID campaignId) {
        return Decision.find("campaignId = ?1 and state = ?2", campaignId, DecisionState.APPROVED).firstResult();
    }

    public DecisionView view(Decision d) {
        List<DecisionView.Entry> entries = DecisionEntry.of(d.id).stream().map(e -> {
            ReviewCase c = ReviewCase.findById(e.applicationId);
            return new DecisionView.Entry(e.position, e.applicationId, e.namedTitle, c.leaderName, c.applicantOrgName,
                    e.fundingWanYuan, e.cityRecommended);
        }).toList();
        return new DecisionView(d.id, d.roundId, d.campaignId, d.quota, d.state, d.state.label, d.overQuotaReason,
                d.proposedBy, d.proposedAt, d.returnedBy, d.returnedAt, d.returnReason, d.decidedBy, d.decidedAt,
                entries, d.version);
    }

    private Decision pending(UUID decisionId, int expectedVersion) {
        Decision d = Decision.findById(decisionId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw ProblemException.notFound("认定决定");
        }
        if (d.state != DecisionState.PROPOSED) {
            throw d.state == DecisionState.APPROVED
                    ? ProblemException.conflict("DECISION_FINAL", "认定决定已生效")
                    : ProblemException.conflict("DECISION_NOT_PROPOSED", "认定名单已退回区总工会，待重新提交");
        }
        if (d.version != expectedVersion) {
            throw ProblemException.conflict("STALE_VERSION", "认定名单在您查看后已被修改，请刷新后再审批");
        }
        return d;
    }

    private void announceDecided(Decision d) {
        Campaign campaign = Campaign.findById(d.campaignId);
        String title = campaign == null ? null : campaign.title;
        List<DecisionEntry> entries = DecisionEntry.of(d.id);
        Set<UUID> namedIds = new HashSet<>();
        List<DecisionEvents.Named> named = new ArrayList<>();
        List<DecisionEvents.CityStudio> city = new ArrayList<>();
        for (DecisionEntry e : entries) {
            ReviewCase c = ReviewCase.findById(e.applicationId);
            namedIds.add(c.applicationId);
            named.add(new DecisionEvents.Named(c.applicationId, c.campaignId, c.campaignTitle, c.studioName, c.leaderName,
                    c.applicantOrgId, c.applicantOrgName, c.recommenderOrgId, c.recommenderOrgName, c.contactName,
                    c.contactPhone, c.contactEmail, e.namedTitle, LEVEL, e.fundingWanYuan, e.cityRecommended,
                    c.innovationFields));
            if (e.cityRecommended) {
                city.add(new DecisionEvents.CityStudio(c.applicationId, e.namedTitle, c.leaderName, c.applicantOrgName));
            }
        }
        var notNamed = ReviewCase.ofCampaign(d.campaignId).stream()
                .filter(c -> !namedIds.contains(c.applicationId)).map(ReviewCase::unit).toList();
        outbox.publish(ReviewTopics.EVENTS, DecisionEvents.DECIDED, d.id.toString(), "decision/" + d.id,
                new DecisionEvents.Decided(d.id, d.roundId, d.campaignId, title,
                        d.decidedAt.atZone(Campaign.ZONE).toOffsetDateTime(), named, notNamed));
        if (!city.isEmpty()) {
            outbox.publish(ReviewTopics.EVENTS, DecisionEvents.CITY_RECOMMENDED, d.id.toString(), "decision/" + d.id,
                    new DecisionEvents.CityRecommended(d.id, d.campaignId, title, city));
        }
    }
}
