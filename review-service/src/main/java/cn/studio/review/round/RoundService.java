package cn.studio.review.round;

import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.problem.RuleViolation;
import cn.studio.platform.web.Caller;
import cn.studio.review.ReviewTopics;
import cn.studio.review.audit.AuditLog;
import cn.studio.review.campaign.Campaign;
import cn.studio.review.reviewer.Reviewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RoundService {
    public static final int DEFAULT_REVIEWERS_PER_CASE = 3;

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    RoundUsage usage;

    /** What the organisers set when they open or change a round. */
    public record Settings(String name, Integer reviewersPerCase, Integer maxLoad, OffsetDateTime scoringDeadline,
                           OffsetDateTime siteVisitDeadline, Rubric rubric) {
    }

    @Transactional
    public RoundView open(UUID campaignId, Settings settings, List<String> panel) {
        List<RuleViolation> problems = new ArrayList<>();
        Campaign campaign = Campaign.findById(campaignId);
        if (campaign == null) {
            problems.add(new RuleViolation("campaignId", "CAMPAIGN_UNKNOWN", "活动不存在或尚未开始申报"));
        }
        Rubric rubric = settings.rubric() != null ? settings.rubric() : Rubric.basicConditions();
        problems.addAll(rubric.problems());
        problems.addAll(deadlineProblems(settings));
        Set<String> members = new LinkedHashSet<>(panel == null ? List.of() : panel);
        problems.addAll(unknownReviewers(members));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (ReviewRound.count("campaignId = ?1 and state = ?2", campaignId, RoundState.OPEN) > 0) {
            throw ProblemException.conflict("ROUND_ALREADY_OPEN", "该活动已有进行中的评审轮次");
        }
        ReviewRound round = new ReviewRound();
        round.id = UUID.randomUUID();
        round.campaignId = campaignId;
        round.name = settings.name();
        round.state = RoundState.OPEN;
        round.reviewersPerCase = settings.reviewersPerCase() != null ? settings.reviewersPerCase() : DEFAULT_REVIEWERS_PER_CASE;
        round.maxLoad = settings.maxLoad();
        round.scoringDeadline = settings.scoringDeadline().toInstant();
        round.siteVisitDeadline = settings.siteVisitDeadline() == null ? null : settings.siteVisitDeadline().toInstant();
        round.rubric = rubric;
        round.openedBy = caller.username();
        round.openedAt = Instant.now(clock);
        round.persist();
        for (String member : members) {
            addMember(round.id, member);
        }
        RoundView view = RoundView.of(round, campaign.title, List.copyOf(members));
        audit.record("round.opened", "round", round.id, null, view);
        outbox.publish(ReviewTopics.EVENTS, RoundEvents.OPENED, round.id.toString(), "round/" + round.id,
                new RoundEvents.Opened(round.id, campaignId, campaign.title, round.name, round.reviewersPerCase,
                        view.scoringDeadline(), view.siteVisitDeadline()));
        return view;
    }

    @Transactional
    public RoundView update(UUID id, int expectedVersion, Settings settings) {
        ReviewRound round = openRound(id);
        if (round.version != expectedVersion) {
            throw ProblemException.conflict("STALE_VERSION", "评审轮次已被他人修改，请刷新后重试");
        }
        List<RuleViolation> problems = new ArrayList<>(deadlineProblems(settings));
        if (settings.rubric() != null) {
            problems.addAll(settings.rubric().problems());
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (settings.rubric() != null && !settings.rubric().equals(round.rubric) && usage.hasSubmittedScorecards(id)) {
            throw ProblemException.conflict("RUBRIC_LOCKED", "已有专家提交评分，评分标准不能再修改");
        }
        RoundView before = view(round);
        round.name = settings.name();
        if (settings.reviewersPerCase() != null) {
            round.reviewersPerCase = settings.reviewersPerCase();
        }
        round.maxLoad = settings.maxLoad();
        round.scoringDeadline = settings.scoringDeadline().toInstant();
        round.siteVisitDeadline = settings.siteVisitDeadline() == null ? null : settings.siteVisitDeadline().toInstant();
        if (settings.rubric() != null) {
            round.rubric = settings.rubric();
        }
        ReviewRound.flush(); // the answer carries the version the change got
        RoundView after = view(round);
        audit.record("round.updated", "round", id, before, after);
        return after;
    }

    @Transactional
    public RoundView setPanel(UUID id, List<String> panel) {
        ReviewRound round = openRound(id);
        Set<String> wanted = new LinkedHashSet<>(panel);
        List<RuleViolation> problems = unknownReviewers(wanted);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        List<String> current = PanelMember.usernames(id);
        for (String member : current) {
            if (!wanted.contains(member)) {
                if (usage.assignmentsOf(id, member) > 0) {
                    throw ProblemException.conflict("PANEL_MEMBER_ASSIGNED", member + " 已有分配的案件，请先撤销分配");
                }
                PanelMember.delete("roundId = ?1 and username = ?2", id, member);
            }
        }
        for (String member : wanted) {
            if (!current.contains(member)) {
                addMember(id, member);
            }
        }
        audit.record("round.panel", "round", id, current, List.copyOf(wanted));
        return view(round);
    }

    /** The decision is final: the round closes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(UUID id) {
        ReviewRound round = ReviewRound.findById(id);
        if (!round.state.canMoveTo(RoundState.CLOSED)) {
            throw ProblemException.conflict("ROUND_CLOSED", "评审轮次已结束");
        }
        round.state = RoundState.CLOSED;
        audit.record("round.closed", "round", id, RoundState.OPEN, RoundState.CLOSED);
    }

    /** A round the caller may see: organisers all, a reviewer those on whose panel they sit; otherwise 404. */
    public ReviewRound visible(UUID id) {
        ReviewRound round = ReviewRound.findById(id);
        if (round == null || !(organiser() || caller.is("reviewer") && PanelMember.onPanel(id, caller.username()))) {
            throw ProblemException.notFound("评审轮次");
        }
        return round;
    }

    /** A round still open for changes (organisers' steps). */
    public ReviewRound openRound(UUID id) {
        ReviewRound round = visible(id);
        if (round.state != RoundState.OPEN) {
            throw ProblemException.conflict("ROUND_CLOSED", "评审轮次已结束，不能再修改");
        }
        return round;
    }

    public RoundView view(ReviewRound round) {
        Campaign campaign = Campaign.findById(round.campaignId);
        return RoundView.of(round, campaign == null ? null : campaign.title, PanelMember.usernames(round.id));
    }

    public List<RoundView> list(UUID campaignId) {
        List<ReviewRound> rounds;
        if (organiser()) {
            rounds = campaignId == null ? ReviewRound.list("order by openedAt desc")
                    : ReviewRound.list("campaignId = ?1 order by openedAt desc", campaignId);
        } else {
            rounds = ReviewRound.list("id in (select m.roundId from PanelMember m where m.username = ?1)"
                    + (campaignId == null ? "" : " and campaignId = ?2") + " order by openedAt desc",
                    campaignId == null ? new Object[]{caller.username()} : new Object[]{caller.username(), campaignId});
        }
        return rounds.stream().map(this::view).toList();
    }

    private boolean organiser() {
        return caller.is("union-admin") || caller.is("commission");
    }

    private List<RuleViolation> deadlineProblems(Settings settings) {
        List<RuleViolation> problems = new ArrayList<>();
        Instant now = Instant.now(clock);
        if (settings.scoringDeadline() != null && !settings.scoringDeadline().toInstant().isAfter(now)) {
            problems.add(new RuleViolation("scoringDeadline", "DEADLINE_PAST", "评分截止时间须晚于现在（北京时间）"));
        }
        if (settings.siteVisitDeadline() != null && !settings.siteVisitDeadline().toInstant().isAfter(now)) {
            problems.add(new RuleViolation("siteVisitDeadline", "DEADLINE_PAST", "实地考察截止时间须晚于现在（北京时间）"));
        }
        return problems;
    }

    private static List<RuleViolation> unknownReviewers(Set<String> usernames) {
        List<RuleViolation> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        if (!usernames.isEmpty()) {
            Reviewer.<Reviewer>list("username in ?1", usernames).forEach(r -> known.add(r.username));
        }
        for (String u : usernames) {
            if (!known.contains(u)) {
                problems.add(new RuleViolation("panel", "REVIEWER_UNKNOWN", u + " 尚未登记为评审专家（须先以评审专家身份声明专长）"));
            }
        }
        return problems;
    }

    private static void addMember(UUID roundId, String username) {
        PanelMember m = new PanelMember();
        m.id = UUID.randomUUID();
        m.roundId = roundId;
        m.username = username;
        m.persist();
    }
}
