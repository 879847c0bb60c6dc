package cn.studio.review.assignment;

import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.problem.RuleViolation;
import cn.studio.platform.web.Caller;
import cn.studio.review.ReviewTopics;
import cn.studio.review.assignment.solver.AssignmentPlan;
import cn.studio.review.assignment.solver.AssignmentProblem;
import cn.studio.review.assignment.solver.AssignmentSolver;
import cn.studio.review.assignment.solver.CaseDemand;
import cn.studio.review.assignment.solver.Pair;
import cn.studio.review.assignment.solver.ReviewerSupply;
import cn.studio.review.audit.AuditLog;
import cn.studio.review.campaign.Campaign;
import cn.studio.review.conflict.ConflictDeclared;
import cn.studio.review.conflict.ConflictService;
import cn.studio.review.reviewcase.ReviewCase;
import cn.studio.review.reviewer.Reviewer;
import cn.studio.review.reviewer.ReviewerService;
import cn.studio.review.round.PanelMember;
import cn.studio.review.round.ReviewRound;
import cn.studio.review.round.RoundService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who reviews what: manual and bulk assignment with every rule checked, and automatic balanced assignment as a
 * min-cost-flow problem (JGraphT) honouring conflicts, k reviewers per case, the load limit and expertise.
 */
@ApplicationScoped
public class AssignmentService {
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
    ConflictService conflicts;
    @Inject
    ReviewerService reviewers;
    @Inject
    Event<AssignmentWithdrawn> withdrawn;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssignmentLine", description = "一项分配 / an assignment")
    public record Line(UUID roundId, UUID applicationId, String studioName, String applicantOrgName, String reviewer,
                       Assignment.Method method, String assignedBy, Instant assignedAt) {
    }

    /** An automatic plan: the new pairs, each reviewer's load after it, and the cases it could not fill. */
    public record PlanView(List<Line> assignments, Map<String, Integer> loadAfter, Map<UUID, Integer> unfilled,
                           int expertiseMatches) {
    }

    @Transactional
    public List<Line> assign(UUID roundId, List<Pair> pairs) {
        ReviewRound round = lockedOpenRound(roundId);
        Map<UUID, ReviewCase> cases = casesOf(round);
        Map<String, Reviewer> panel = panelOf(round);
        Map<UUID, Set<String>> conflicted = conflicts.conflictedPairs(List.copyOf(cases.values()), panel.values());
        Map<String, Integer> load = loads(roundId);
        Map<UUID, Integer> perCase = perCase(roundId);
        List<RuleViolation> problems = new ArrayList<>();
        Set<Pair> seen = new HashSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            String at = "assignments[" + i + "]";
            if (!seen.add(p)) {
                problems.add(new RuleViolation(at, "DUPLICATE_PAIR", "同一分配重复出现"));
            } else if (!cases.containsKey(p.caseId())) {
                problems.add(new RuleViolation(at + ".applicationId", "CASE_NOT_IN_ROUND", "案件不属于本轮评审的活动"));
            } else if (!panel.containsKey(p.reviewer())) {
                problems.add(new RuleViolation(at + ".reviewer", "NOT_ON_PANEL", p.reviewer() + " 不在本轮专家组中"));
            } else if (conflicted.getOrDefault(p.caseId(), Set.of()).contains(p.reviewer())) {
                problems.add(new RuleViolation(at, "CONFLICT_OF_INTEREST", p.reviewer() + " 与该单位存在利益冲突，须回避"));
            } else if (Assignment.exists(roundId, p.caseId(), p.reviewer())) {
                problems.add(new RuleViolation(at, "ALREADY_ASSIGNED", p.reviewer() + " 已分配该案件"));
            } else if (load.merge(p.reviewer(), 1, Integer::sum) > round.maxLoad) {
                problems.add(new RuleViolation(at + ".reviewer", "LOAD_EXCEEDED",
                        p.reviewer() + " 的评审量将超过上限 " + round.maxLoad));
            } else if (perCase.merge(p.caseId(), 1, Integer::sum) > round.reviewersPerCase) {
                problems.add(new RuleViolation(at + ".applicationId", "CASE_FULL",
                        "该案件已有 " + round.reviewersPerCase + " 名评审专家"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return persist(round, cases, pairs, Assignment.Method.MANUAL);
    }

    /** The automatic plan for what is still missing, without changing anything. */
    @Transactional
    public PlanView preview(UUID roundId) {
        ReviewRound round = rounds.openRound(roundId);
        return planView(round, plan(round));
    }

    /** Computes the automatic plan again under the round's lock and applies it. */
    @Transactional
    public PlanView apply(UUID roundId) {
        ReviewRound round = lockedOpenRound(roundId);
        AssignmentPlan plan = plan(round);
        PlanView view = planView(round, plan);
        persist(round, casesOf(round), plan.assignments(), Assignment.Method.AUTOMATIC);
        return view;
    }

    @Transactional
    public void unassign(UUID roundId, UUID applicationId, String reviewer) {
        lockedOpenRound(roundId);
        Assignment a = Assignment.find("roundId = ?1 and applicationId = ?2 and reviewer = ?3", roundId, applicationId, reviewer)
                .firstResult();
        if (a == null) {
            throw ProblemException.notFound("分配");
        }
        remove(a, "assignment.withdrawn");
    }

    /** A declared conflict takes the case away from the reviewer in every round. */
    void onConflict(@Observes ConflictDeclared conflict) {
        Assignment.<Assignment>list("applicationId = ?1 and reviewer = ?2", conflict.applicationId(), conflict.reviewer())
                .forEach(a -> remove(a, "assignment.withdrawn.conflict"));
    }

    /** Organisers see every assignment of the round; a reviewer their own. */
    public List<Line> list(UUID roundId) {
        ReviewRound round = rounds.visible(roundId);
        List<Assignment> found = caseAccessOrganiser()
                ? Assignment.list("roundId = ?1 order by assignedAt, applicationId, reviewer", roundId)
                : Assignment.list("roundId = ?1 and reviewer = ?2 order by assignedAt, applicationId", roundId, caller.username());
        Map<UUID, ReviewCase> cases = casesOf(round);
        return found.stream().map(a -> line(a, cases.get(a.applicationId))).toList();
    }

    private AssignmentPlan plan(ReviewRound round) {
        Map<UUID, ReviewCase> cases = casesOf(round);
        Map<String, Reviewer> panel = panelOf(round);
        Map<String, Integer> load = loads(round.id);
        Map<UUID, Integer> perCase = perCase(round.id);
        Map<UUID, Set<String>> conflicted = conflicts.conflictedPairs(List.copyOf(cases.values()), panel.values());
        Set<Pair> forbidden = new HashSet<>();
        conflicted.forEach((caseId, names) -> names.forEach(n -> forbidden.add(new Pair(caseId, n))));
        Assignment.<Assignment>list("roundId = ?1", round.id).forEach(a -> forbidden.add(new Pair(a.applicationId, a.reviewer)));
        List<CaseDemand> demands = cases.values().stream()
                .map(c -> new CaseDemand(c.applicationId, Set.copyOf(c.innovationFields),
                        Math.max(0, round.reviewersPerCase - perCase.getOrDefault(c.applicationId, 0))))
                .filter(d -> d.needed() > 0).toList();
        List<ReviewerSupply> supplies = panel.values().stream()
                .map(r -> new ReviewerSupply(r.username, Set.copyOf(r.expertise),
                        Math.max(0, round.maxLoad - load.getOrDefault(r.username, 0)), load.getOrDefault(r.username, 0)))
                .toList();
        return AssignmentSolver.solve(new AssignmentProblem(demands, supplies, forbidden));
    }

    private PlanView planView(ReviewRound round, AssignmentPlan plan) {
        Map<UUID, ReviewCase> cases = casesOf(round);
        Map<String, Reviewer> panel = panelOf(round);
        Map<String, Integer> loadAfter = new TreeMap<>(loads(round.id));
        panel.keySet().forEach(r -> loadAfter.putIfAbsent(r, 0));
        int matches = 0;
        List<Line> lines = new ArrayList<>();
        for (Pair p : plan.assignments()) {
            loadAfter.merge(p.reviewer(), 1, Integer::sum);
            ReviewCase c = cases.get(p.caseId());
            if (c.innovationFields.stream().anyMatch(panel.get(p.reviewer()).expertise::contains)) {
                matches++;
            }
            lines.add(new Line(round.id, c.applicationId, c.studioName, c.applicantOrgName, p.reviewer(),
                    Assignment.Method.AUTOMATIC, caller.username(), null));
        }
        return new PlanView(lines, loadAfter, new LinkedHashMap<>(plan.unfilled()), matches);
    }

    private List<Line> persist(ReviewRound round, Map<UUID, ReviewCase> cases, List<Pair> pairs, Assignment.Method method) {
        Instant now = Instant.now(clock);
        List<Line> lines = new ArrayList<>();
        Map<String, List<AssignmentEvents.AssignedCase>> byReviewer = new TreeMap<>();
        for (Pair p : pairs) {
            Assignment a = new Assignment();
            a.id = UUID.randomUUID();
            a.roundId = round.id;
            a.applicationId = p.caseId();
            a.reviewer = p.reviewer();
            a.method = method;
            a.assignedBy = caller.username();
            a.assignedAt = now;
            a.persist();
            ReviewCase c = cases.get(p.caseId());
            lines.add(line(a, c));
            byReviewer.computeIfAbsent(p.reviewer(), k -> new ArrayList<>())
                    .add(new AssignmentEvents.AssignedCase(c.applicationId, c.studioName, c.applicantOrgName));
        }
        if (!lines.isEmpty()) {
            audit.record(method == Assignment.Method.AUTOMATIC ? "assignment.automatic" : "assignment.manual",
                    "round", round.id, null, lines);
        }
        Campaign campaign = Campaign.findById(round.campaignId);
        byReviewer.forEach((reviewer, assigned) -> outbox.publish(ReviewTopics.EVENTS, AssignmentEvents.ASSIGNED,
                round.id.toString(), "round/" + round.id,
                new AssignmentEvents.Assigned(round.id, round.campaignId, campaign == null ? null : campaign.title,
                        reviewer, round.scoringDeadline.atZone(Campaign.ZONE).toOffsetDateTime(), assigned)));
        return lines;
    }

    private void remove(Assignment a, String action) {
        withdrawn.fire(new AssignmentWithdrawn(a.roundId, a.applicationId, a.reviewer));
        audit.record(action, "round", a.roundId, line(a, ReviewCase.findById(a.applicationId)), null);
        a.delete();
    }

    private ReviewRound lockedOpenRound(UUID roundId) {
        ReviewRound round = rounds.openRound(roundId);
        ReviewRound.getEntityManager().lock(round, LockModeType.PESSIMISTIC_WRITE);
        return round;
    }

    private boolean caseAccessOrganiser() {
        return caller.is("union-admin") || caller.is("commission");
    }

    private static Line line(Assignment a, ReviewCase c) {
        return new Line(a.roundId, a.applicationId, c == null ? null : c.studioName, c == null ? null : c.applicantOrgName,
                a.reviewer, a.method, a.assignedBy, a.assignedAt);
    }

    private static Map<UUID, ReviewCase> casesOf(ReviewRound round) {
        return ReviewCase.ofCampaign(round.campaignId).stream()
                .collect(Collectors.toMap(c -> c.applicationId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private Map<String, Reviewer> panelOf(ReviewRound round) {
        return new TreeMap<>(reviewers.byUsername(PanelMember.usernames(round.id)));
    }

    private static Map<String, Integer> loads(UUID roundId) {
        Map<String, Integer> load = new HashMap<>();
        Assignment.<Assignment>list("roundId = ?1", roundId).forEach(a -> load.merge(a.reviewer, 1, Integer::sum));
        return load;
    }

    private static Map<UUID, Integer> perCase(UUID roundId) {
        Map<UUID, Integer> count = new HashMap<>();
        Assignment.<Assignment>list("roundId = ?1", roundId).forEach(a -> count.merge(a.applicationId, 1, Integer::sum));
        return count;
    }
}
