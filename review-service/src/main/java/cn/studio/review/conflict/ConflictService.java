package cn.studio.review.conflict;

import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import cn.studio.review.audit.AuditLog;
import cn.studio.review.reviewcase.ReviewCase;
import cn.studio.review.reviewer.Reviewer;
import cn.studio.review.round.PanelMember;
import cn.studio.review.round.ReviewRound;
import cn.studio.review.round.RoundService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Conflicts of interest: the automatic ones from orgs and the declared ones; a conflicted reviewer never sees the case. */
@ApplicationScoped
public class ConflictService {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    RoundService rounds;
    @Inject
    Event<ConflictDeclared> declared;

    public record ConflictView(UUID id, UUID applicationId, String reviewer, ConflictKind kind, String kindLabel,
                               boolean automatic, String note, String recordedBy, Instant recordedAt) {
        static ConflictView of(Conflict c) {
            return new ConflictView(c.id, c.applicationId, c.reviewer, c.kind, c.kind.label, false, c.note,
                    c.recordedBy, c.recordedAt);
        }
    }

    /** A case's unit as a panel member sees it before assignment, to declare conflicts. */
    public record UnitLine(UUID applicationId, String studioName, String applicantOrgName, String recommenderOrgName,
                           ConflictKind conflict, String conflictLabel) {
    }

    public Optional<ConflictKind> conflict(ReviewCase c, Reviewer reviewer) {
        Optional<ConflictKind> auto = ConflictRules.automatic(reviewer.orgId, c);
        if (auto.isPresent()) {
            return auto;
        }
        Conflict declaredOne = Conflict.find("applicationId = ?1 and reviewer = ?2", c.applicationId, reviewer.username).firstResult();
        return Optional.ofNullable(declaredOne).map(d -> d.kind);
    }

    public boolean conflicted(UUID applicationId, String username) {
        ReviewCase c = ReviewCase.findById(applicationId);
        Reviewer r = Reviewer.findById(username);
        return c == null || r == null || conflict(c, r).isPresent();
    }

    /** Every conflicted (case, reviewer) pair among these, automatic and declared: caseId → reviewers. */
    public Map<UUID, Set<String>> conflictedPairs(List<ReviewCase> cases, Collection<Reviewer> reviewers) {
        Map<UUID, Set<String>> pairs = new HashMap<>();
        for (ReviewCase c : cases) {
            for (Reviewer r : reviewers) {
                if (ConflictRules.automatic(r.orgId, c).isPresent()) {
                    pairs.computeIfAbsent(c.applicationId, k -> new HashSet<>()).add(r.username);
                }
            }
        }
        if (!cases.isEmpty()) {
            Conflict.<Conflict>list("applicationId in ?1", cases.stream().map(c -> c.applicationId).toList())
                    .forEach(d -> pairs.computeIfAbsent(d.applicationId, k -> new HashSet<>()).add(d.reviewer));
        }
        return pairs;
    }

    /**
     * Declares a conflict: a reviewer for themself (on a case of a round whose panel they sit on), union-admin for any
     * reviewer. Declaring again changes the kind and note. Whatever the reviewer had of the case goes.
     */
    @Transactional
    public ConflictView declare(UUID applicationId, String reviewerName, ConflictKind kind, String note) {
        if (kind.automatic) {
            throw ProblemException.badRequest("CONFLICT_KIND_AUTOMATIC", "“" + kind.label + "”由系统按单位自动判断，无需声明");
        }
        String reviewer = caller.is("union-admin") ? reviewerName : caller.username();
        ReviewCase c = ReviewCase.findById(applicationId);
        if (c == null || !caller.is("union-admin") && !onAPanelOf(c.campaignId, reviewer)) {
            throw ProblemException.notFound("案件");
        }
        if (reviewer == null || Reviewer.findById(reviewer) == null) {
            throw ProblemException.badRequest("REVIEWER_UNKNOWN", "评审专家不存在：" + reviewer);
        }
        Conflict conflict = Conflict.find("applicationId = ?1 and reviewer = ?2", applicationId, reviewer).firstResult();
        ConflictView before = conflict == null ? null : ConflictView.of(conflict);
        if (conflict == null) {
            conflict = new Conflict();
            conflict.id = UUID.randomUUID();
            conflict.applicationId = applicationId;
            conflict.reviewer = reviewer;
        }
        conflict.kind = kind;
        conflict.note = note;
        conflict.recordedBy = caller.username();
        conflict.recordedRole = caller.primaryRole();
        conflict.recordedAt = Instant.now(clock);
        conflict.persist();
        declared.fire(new ConflictDeclared(applicationId, reviewer));
        ConflictView after = ConflictView.of(conflict);
        audit.record("conflict.declared", "case", applicationId, before, after);
        return after;
    }

    @Transactional
    public void withdraw(UUID id) {
        Conflict conflict = Conflict.findById(id);
        if (conflict == null) {
            throw ProblemException.notFound("回避记录");
        }
        audit.record("conflict.withdrawn", "case", conflict.applicationId, ConflictView.of(conflict), null);
        conflict.delete();
    }

    /** Organisers see every declared conflict (optionally of one case); a reviewer only their own. */
    public List<ConflictView> list(UUID applicationId) {
        List<Conflict> found;
        if (caller.is("union-admin") || caller.is("commission")) {
            found = applicationId == null ? Conflict.list("order by recordedAt desc")
                    : Conflict.list("applicationId = ?1 order by recordedAt desc", applicationId);
        } else {
            found = Conflict.list("reviewer = ?1 order by recordedAt desc", caller.username());
        }
        return found.stream().map(ConflictView::of).toList();
    }

    /** The units of a round's cases, for a panel member to declare conflicts before assignment (no form content). */
    public List<UnitLine> units(UUID roundId) {
        ReviewRound round = rounds.visible(roundId);
        Reviewer me = caller.is("reviewer") ? Reviewer.findById(caller.username()) : null;
        return ReviewCase.ofCampaign(round.campaignId).stream().map(c -> {
            ConflictKind kind = me == null ? null : conflict(c, me).orElse(null);
            return new UnitLine(c.applicationId, c.studioName, c.applicantOrgName, c.recommenderOrgName, kind,
                    kind == null ? null : kind.label);
        }).toList();
    }

    private static boolean onAPanelOf(UUID campaignId, String reviewer) {
        return PanelMember.count("username = ?1 and roundId in (select r.id from ReviewRound r where r.campaignId = ?2)",
                reviewer, campaignId) > 0;
    }
}
