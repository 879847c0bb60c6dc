package cn.studio.review.sitevisit;

import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.problem.RuleViolation;
import cn.studio.platform.web.Caller;
import cn.studio.review.ReviewTopics;
import cn.studio.review.audit.AuditLog;
import cn.studio.review.conflict.ConflictService;
import cn.studio.review.reviewcase.ReviewCase;
import cn.studio.review.reviewer.Reviewer;
import cn.studio.review.round.ReviewRound;
import cn.studio.review.round.RoundService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Site visits: scheduled by 区总工会 for the shortlist, recorded by their visitors. */
@ApplicationScoped
public class SiteVisitService {
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

    public record Schedule(UUID applicationId, OffsetDateTime scheduledAt, String address, List<String> visitors) {
    }

    public record Record(Map<ChecklistItem, SiteVisit.Check> checklist, String findings, VisitVerdict verdict,
                         Integer version) {
    }

    @Transactional
    public SiteVisitView schedule(UUID roundId, Schedule schedule) {
        ReviewRound round = rounds.openRound(roundId);
        ReviewCase c = ReviewCase.findById(schedule.applicationId());
        if (c == null || !c.campaignId.equals(round.campaignId)) {
            throw ProblemException.invalid(List.of(new RuleViolation("applicationId", "CASE_NOT_IN_ROUND", "案件不属于本轮评审的活动")));
        }
        checkSchedule(round, c, schedule);
        if (SiteVisit.count("roundId = ?1 and applicationId = ?2", roundId, c.applicationId) > 0) {
            throw ProblemException.conflict("SITE_VISIT_EXISTS", "该案件本轮已安排实地考察，请修改原安排");
        }
        SiteVisit v = new SiteVisit();
        v.id = UUID.randomUUID();
        v.roundId = roundId;
        v.applicationId = c.applicationId;
        v.scheduledAt = schedule.scheduledAt().toInstant();
        v.address = schedule.address();
        v.visitors = List.copyOf(new LinkedHashSet<>(schedule.visitors()));
        v.checklist = new EnumMap<>(ChecklistItem.class);
        v.state = SiteVisit.State.SCHEDULED;
        v.scheduledBy = caller.username();
        v.persist();
        SiteVisitView view = SiteVisitView.of(v, c);
        audit.record("sitevisit.scheduled", "case", c.applicationId, null, view);
        announce(v, c, false);
        return view;
    }

    @Transactional
    public SiteVisitView reschedule(UUID visitId, Schedule schedule) {
        SiteVisit v = visible(visitId);
        ReviewRound round = rounds.openRound(v.roundId);
        ReviewCase c = ReviewCase.findById(v.applicationId);
        checkSchedule(round, c, schedule);
        SiteVisitView before = SiteVisitView.of(v, c);
        v.scheduledAt = schedule.scheduledAt().toInstant();
        v.address = schedule.address();
        v.visitors = List.copyOf(new LinkedHashSet<>(schedule.visitors()));
        SiteVisit.flush(); // the answer carries the version the change got
        SiteVisitView after = SiteVisitView.of(v, c);
        audit.record("sitevisit.rescheduled", "case", c.applicationId, before, after);
        announce(v, c, true);
        return after;
    }

    /** The visitors (or union-admin) record the checklist, findings and verdict; changeable while the round is open. */
    @Transactional
    public SiteVisitView record(UUID visitId, Record record) {
        SiteVisit v = visible(visitId);
        if (!caller.is("union-admin") && !v.visitors.contains(caller.username())) {
            throw ProblemException.notFound("实地考察");
        }
        rounds.openRound(v.roundId);
        if (record.version() != null && record.version() != v.version) {
            throw ProblemException.conflict("STALE_VERSION", "考察记录已被其他考察人员修改，请刷新后重试");
        }
        ReviewCase c = ReviewCase.findById(v.applicationId);
        SiteVisitView before = SiteVisitView.of(v, c);
        v.checklist = new EnumMap<>(ChecklistItem.class);
        if (record.checklist() != null) {
            v.checklist.putAll(record.checklist());
        }
        v.findings = record.findings();
        v.verdict = record.verdict();
        v.state = SiteVisit.State.RECORDED;
        v.recordedBy = caller.username();
        v.recordedAt = Instant.now(clock);
        SiteVisit.flush();
        SiteVisitView after = SiteVisitView.of(v, c);
        audit.record("sitevisit.recorded", "case", c.applicationId, before, after);
        return after;
    }

    public SiteVisitView get(UUID visitId) {
        SiteVisit v = visible(visitId);
        return SiteVisitView.of(v, ReviewCase.findById(v.applicationId));
    }

    public List<SiteVisitView> list(UUID roundId) {
        rounds.visible(roundId);
        List<SiteVisit> visits = SiteVisit.list("roundId = ?1 order by scheduledAt", roundId);
        return visits.stream().filter(this::maySee).map(v -> SiteVisitView.of(v, ReviewCase.findById(v.applicationId))).toList();
    }

    /** The recorded verdicts of a round: application → verdict (ranking's gate). */
    public Map<UUID, VisitVerdict> verdicts(UUID roundId) {
        Map<UUID, VisitVerdict> verdicts = new java.util.HashMap<>();
        SiteVisit.<SiteVisit>list("roundId = ?1 and verdict is not null", roundId).forEach(v -> verdicts.put(v.applicationId, v.verdict));
        return verdicts;
    }

    private SiteVisit visible(UUID visitId) {
        SiteVisit v = SiteVisit.findById(visitId);
        if (v == null || !maySee(v)) {
            throw ProblemException.notFound("实地考察");
        }
        return v;
    }

    private boolean maySee(SiteVisit v) {
        if (caller.is("union-admin") || caller.is("commission")) {
            return true;
        }
        return v.visitors.contains(caller.username()) && !conflicts.conflicted(v.applicationId, caller.username());
    }

    private void checkSchedule(ReviewRound round, ReviewCase c, Schedule schedule) {
        List<RuleViolation> problems = new ArrayList<>();
        Instant at = schedule.scheduledAt().toInstant();
        if (!at.isAfter(Instant.now(clock))) {
            problems.add(new RuleViolation("scheduledAt", "VISIT_IN_PAST", "考察时间须晚于现在（北京时间）"));
        }
        if (round.siteVisitDeadline != null && at.isAfter(round.siteVisitDeadline)) {
            problems.add(new RuleViolation("scheduledAt", "VISIT_AFTER_DEADLINE", "考察时间晚于本轮实地考察截止时间"));
        }
        List<String> visitors = schedule.visitors();
        for (int i = 0; i < visitors.size(); i++) {
            Reviewer r = Reviewer.findById(visitors.get(i));
            if (r != null && conflicts.conflict(c, r).isPresent()) {
                problems.add(new RuleViolation("visitors[" + i + "]", "CONFLICT_OF_INTEREST", visitors.get(i) + " 与该单位存在利益冲突，须回避"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private void announce(SiteVisit v, ReviewCase c, boolean rescheduled) {
        outbox.publish(ReviewTopics.EVENTS, SiteVisitEvents.SCHEDULED, v.id.toString(), "site-visit/" + v.id,
                new SiteVisitEvents.Scheduled(v.id, v.roundId, c.unit(),
                        v.scheduledAt.atZone(cn.studio.review.campaign.Campaign.ZONE).toOffsetDateTime(), v.address,
                        v.visitors, rescheduled));
    }
}
