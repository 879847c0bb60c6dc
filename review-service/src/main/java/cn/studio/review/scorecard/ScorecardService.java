package cn.studio.review.scorecard;

import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.problem.RuleViolation;
import cn.studio.platform.web.Caller;
import cn.studio.review.ReviewTopics;
import cn.studio.review.assignment.Assignment;
import cn.studio.review.assignment.AssignmentWithdrawn;
import cn.studio.review.assignment.CaseAccess;
import cn.studio.review.audit.AuditLog;
import cn.studio.review.campaign.Campaign;
import cn.studio.review.round.ReviewRound;
import cn.studio.review.round.RoundService;
import cn.studio.review.round.RoundUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Scoring by rubric: drafts autosaved, submission final, and blind until one's own is submitted. */
@ApplicationScoped
public class ScorecardService implements RoundUsage {
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
    CaseAccess access;

    public record Draft(Map<String, BigDecimal> scores, String panelComment, String applicantComment, Integer version) {
    }

    /** The caller's scorecard of a case (an empty draft until first saved). */
    public ScorecardView mine(UUID roundId, UUID applicationId) {
        ReviewRound round = assignedRound(roundId, applicationId);
        Scorecard card = Scorecard.of(roundId, applicationId, caller.username());
        return card == null ? emptyDraft(round, applicationId) : view(card, round, caller.username(), true);
    }

    @Transactional
    public ScorecardView save(UUID roundId, UUID applicationId, Draft draft) {
        ReviewRound round = assignedRound(roundId, applicationId);
        requireScoringOpen(round);
        Scorecard card = Scorecard.of(roundId, applicationId, caller.username());
        if (card != null && card.state == Scorecard.State.SUBMITTED) {
            throw ProblemException.conflict("SCORECARD_SUBMITTED", "评分已提交，不能再修改");
        }
        if (card != null && draft.version() != null && card.version != draft.version()) {
            throw ProblemException.conflict("STALE_VERSION", "评分表已在别处修改（例如另一个窗口），请刷新后重试");
        }
        Map<String, BigDecimal> scores = draft.scores() == null ? Map.of() : draft.scores();
        List<RuleViolation> problems = round.rubric.check(scores, false);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (card == null) {
            card = new Scorecard();
            card.id = UUID.randomUUID();
            card.roundId = roundId;
            card.applicationId = applicationId;
            card.reviewer = caller.username();
            card.state = Scorecard.State.DRAFT;
        }
        card.scores = new TreeMap<>(scores);
        card.total = round.rubric.total(scores);
        card.panelComment = draft.panelComment();
        card.applicantComment = draft.applicantComment();
        card.updatedAt = Instant.now(clock);
        card.persistAndFlush();
        return view(card, round, caller.username(), true);
    }

    @Transactional
    public ScorecardView submit(UUID roundId, UUID applicationId) {
        ReviewRound round = assignedRound(roundId, applicationId);
        requireScoringOpen(round);
        Scorecard card = Scorecard.of(roundId, applicationId, caller.username());
        if (card != null && card.state == Scorecard.State.SUBMITTED) {
            throw ProblemException.conflict("SCORECARD_SUBMITTED", "评分已提交");
        }
        List<RuleViolation> problems = new ArrayList<>(round.rubric.check(card == null ? Map.of() : card.scores, true));
        if (card == null || card.panelComment == null || card.panelComment.isBlank()) {
            problems.add(new RuleViolation("panelComment", "COMMENT_REQUIRED", "请填写给评审组的意见"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        card.state = Scorecard.State.SUBMITTED;
        card.total = round.rubric.total(card.scores);
        card.submittedAt = Instant.now(clock);
        card.updatedAt = card.submittedAt;
        ScorecardView view = view(card, round, caller.username(), true);
        audit.record("scorecard.submitted", "case", applicationId, null, view);
        announceIfComplete(round);
        return view;
    }

    /**
     * Every scorecard of a case: the organisers see all with names; a reviewer sees the submitted ones of the others,
     * under pseudonyms, only after submitting their own (blind review).
     */
    public List<ScorecardView> all(UUID roundId, UUID applicationId) {
        access.visibleInRound(roundId, applicationId);
        ReviewRound round = rounds.visible(roundId);
        List<Scorecard> cards = Scorecard.list("roundId = ?1 and applicationId = ?2 order by reviewer", roundId, applicationId);
        if (access.organiser()) {
            return cards.stream().map(c -> view(c, round, c.reviewer, false)).toList();
        }
        Scorecard own = cards.stream().filter(c -> c.reviewer.equals(caller.username())).findFirst().orElse(null);
        if (own == null || own.state != Scorecard.State.SUBMITTED) {
            throw ProblemException.conflict("SCORES_BLIND", "提交本人评分后才能查看其他专家的评分");
        }
        List<ScorecardView> views = new ArrayList<>();
        char pseudonym = 'A';
        for (Scorecard c : cards) {
            boolean mine = c == own;
            String name = mine ? c.reviewer : "评审专家" + pseudonym++;
            if (mine || c.state == Scorecard.State.SUBMITTED) {
                views.add(view(c, round, name, mine));
            }
        }
        return views;
    }

    /** Progress of a round per reviewer: assigned, saved as draft, submitted. */
    public record Progress(String reviewer, long assigned, long drafts, long submitted) {
    }

    public List<Progress> progress(UUID roundId) {
        rounds.visible(roundId);
        Map<String, long[]> counts = new TreeMap<>();
        Assignment.<Assignment>list("roundId = ?1", roundId).forEach(a -> counts.computeIfAbsent(a.reviewer, k -> new long[3])[0]++);
        Scorecard.<Scorecard>list("roundId = ?1", roundId).forEach(c ->
                counts.computeIfAbsent(c.reviewer, k -> new long[3])[c.state == Scorecard.State.DRAFT ? 1 : 2]++);
        List<Progress> progress = new ArrayList<>();
        boolean organiser = access.organiser();
        counts.forEach((reviewer, n) -> {
            if (organiser || reviewer.equals(caller.username())) {
                progress.add(new Progress(reviewer, n[0], n[1], n[2]));
            }
        });
        return progress;
    }

    /** Submitted totals of a round: what ranking works from. */
    public record Total(UUID applicationId, String reviewer, BigDecimal total) {
    }

    public List<Total> submittedTotals(UUID roundId) {
        return Scorecard.<Scorecard>list("roundId = ?1 and state = ?2", roundId, Scorecard.State.SUBMITTED).stream()
                .map(c -> new Total(c.applicationId, c.reviewer, c.total)).toList();
    }

    /** What the reviewers wrote for the applicant, without their names. */
    public List<String> applicantComments(UUID roundId, UUID applicationId) {
        return Scorecard.<Scorecard>list("roundId = ?1 and applicationId = ?2 and state = ?3 order by submittedAt",
                        roundId, applicationId, Scorecard.State.SUBMITTED).stream()
                .map(c -> c.applicantComment).filter(c -> c != null && !c.isBlank()).toList();
    }

    void onWithdrawn(@Observes AssignmentWithdrawn withdrawn) {
        Scorecard card = Scorecard.of(withdrawn.roundId(), withdrawn.applicationId(), withdrawn.reviewer());
        if (card == null) {
            return;
        }
        if (card.state == Scorecard.State.SUBMITTED) {
            throw ProblemException.conflict("SCORECARD_SUBMITTED", withdrawn.reviewer() + " 已提交该案件的评分，不能撤销或回避");
        }
        card.delete();
    }

    @Override
    public boolean hasSubmittedScorecards(UUID roundId) {
        return Scorecard.count("roundId = ?1 and state = ?2", roundId, Scorecard.State.SUBMITTED) > 0;
    }

    @Override
    public long assignmentsOf(UUID roundId, String reviewer) {
        return Assignment.count("roundId = ?1 and reviewer = ?2", roundId, reviewer);
    }

    private void announceIfComplete(ReviewRound round) {
        Scorecard.flush();
        long assigned = Assignment.count("roundId = ?1", round.id);
        long submitted = Scorecard.count("roundId = ?1 and state = ?2", round.id, Scorecard.State.SUBMITTED);
        if (assigned > 0 && submitted == assigned) {
            long cases = Assignment.find("select count(distinct a.applicationId) from Assignment a where a.roundId = ?1", round.id)
                    .project(Long.class).firstResult();
            Campaign campaign = Campaign.findById(round.campaignId);
            outbox.publish(ReviewTopics.EVENTS, ScorecardEvents.SCORES_COMPLETED, round.id.toString(), "round/" + round.id,
                    new ScorecardEvents.ScoresCompleted(round.id, round.campaignId, campaign == null ? null : campaign.title,
                            cases, submitted));
        }
    }

    private ReviewRound assignedRound(UUID roundId, UUID applicationId) {
        if (!caller.is("reviewer")) {
            throw ProblemException.notFound("评分表");
        }
        access.visibleInRound(roundId, applicationId);
        return rounds.visible(roundId);
    }

    private void requireScoringOpen(ReviewRound round) {
        if (!round.scoringOpen(Instant.now(clock))) {
            throw ProblemException.conflict("SCORING_CLOSED", "评分已截止（北京时间 "
                    + round.scoringDeadline.atZone(Campaign.ZONE).toLocalDateTime().toString().replace('T', ' ') + "）");
        }
    }

    private static ScorecardView emptyDraft(ReviewRound round, UUID applicationId) {
        return new ScorecardView(round.id, applicationId, null, true, Scorecard.State.DRAFT, new HashMap<>(), null,
                null, null, null, null, 0, round.rubric);
    }

    private static ScorecardView view(Scorecard c, ReviewRound round, String shownAs, boolean mine) {
        return new ScorecardView(c.roundId, c.applicationId, shownAs, mine, c.state, c.scores, c.total, c.panelComment,
                c.applicantComment, c.updatedAt, c.submittedAt, c.version, round.rubric);
    }
}
