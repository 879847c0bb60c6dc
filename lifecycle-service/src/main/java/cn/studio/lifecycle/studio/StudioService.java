package cn.studio.lifecycle.studio;

import cn.studio.lifecycle.LifecycleTopics;
import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The register of named studios: registration from the joint decision, who sees which studio, and the one way a
 * studio's state changes ({@link #move}, by {@link StudioState}'s table, recorded as history).
 */
@ApplicationScoped
public class StudioService {
    /** Dates of the register (named on, deadlines) are Beijing dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;

    /** What the decision says about one named studio. */
    public record Naming(UUID applicationId, UUID decisionId, UUID campaignId, String campaignTitle, String namedTitle,
                         String studioName, String leaderName, String unitOrgId, String unitOrgName,
                         String recommenderOrgId, String recommenderOrgName, String contactName, String contactPhone,
                         String contactEmail, String level, OffsetDateTime decidedAt, BigDecimal fundingWanYuan,
                         boolean cityRecommended, List<String> innovationFields) {
    }

    /**
     * Registers a named studio once per application (a second delivery or decision about it changes nothing) and
     * publishes {@code studio.named}. Runs in the caller's transaction (the inbox's).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean register(Naming n) {
        if (Studio.count("applicationId", n.applicationId()) > 0) {
            return false;
        }
        Studio s = new Studio();
        s.id = UUID.randomUUID();
        s.applicationId = n.applicationId();
        s.decisionId = n.decisionId();
        s.campaignId = n.campaignId();
        s.campaignTitle = n.campaignTitle();
        s.namedTitle = n.namedTitle();
        s.studioName = n.studioName();
        s.leaderName = n.leaderName();
        s.unitOrgId = n.unitOrgId();
        s.unitOrgName = n.unitOrgName();
        s.recommenderOrgId = n.recommenderOrgId();
        s.recommenderOrgName = n.recommenderOrgName();
        s.contactName = n.contactName();
        s.contactPhone = n.contactPhone();
        s.contactEmail = n.contactEmail();
        s.level = n.level() == null ? "DISTRICT" : n.level();
        s.namedOn = n.decidedAt().atZoneSameInstant(ZONE).toLocalDate();
        s.namedYear = s.namedOn.getYear();
        s.fundingWanYuan = (n.fundingWanYuan() == null ? BigDecimal.ZERO : n.fundingWanYuan()).setScale(2, RoundingMode.HALF_UP);
        s.cityRecommended = n.cityRecommended();
        s.innovationFields = List.copyOf(n.innovationFields());
        s.state = StudioState.ACTIVE;
        s.createdAt = Instant.now(clock);
        s.stateChangedAt = s.createdAt;
        s.persist();
        history(s, null, StudioState.ACTIVE, "认定决定 " + n.decisionId(), "review-service", "system");
        outbox.publish(LifecycleTopics.EVENTS, StudioEvents.NAMED, s.id.toString(), "studio/" + s.id,
                new StudioEvents.Named(s.ref(), s.applicationId, s.decisionId, s.campaignId, s.campaignTitle, s.namedOn,
                        s.fundingWanYuan, s.cityRecommended, s.innovationFields));
        return true;
    }

    /** The studio if the caller may see it: organisers any, a recommender those recommended through it, a studio user its unit's; else 404. */
    public Studio visible(UUID id) {
        Studio s = Studio.findById(id);
        if (s == null || !mayRead(s)) {
            throw ProblemException.notFound("工作室");
        }
        return s;
    }

    /** {@link #visible} and the studio's row locked for the change that follows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Studio locked(UUID id) {
        visible(id);
        return Studio.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean mayRead(Studio s) {
        if (caller.is("union-admin") || caller.is("commission")) {
            return true;
        }
        String org = caller.org();
        if (org == null) {
            return false;
        }
        return (caller.is("studio") && org.equals(s.unitOrgId)) || (caller.is("recommender") && org.equals(s.recommenderOrgId));
    }

    /** Whether the caller files for the studio (its unit's studio user), as opposed to managing it. */
    public boolean isOwnStudio(Studio s) {
        return caller.is("studio") && s.unitOrgId.equals(caller.org());
    }

    public StudioView get(UUID id) {
        return StudioView.of(visible(id));
    }

    public List<StudioView> mine() {
        String org = caller.org();
        if (org == null) {
            return List.of();
        }
        return Studio.<Studio>list("unitOrgId = ?1 order by namedOn desc, namedTitle", org).stream().map(StudioView::of).toList();
    }

    /** The studios the caller may see, filtered and paged. */
    public Page<StudioView> list(Integer year, StudioState state, String q, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (!caller.is("union-admin") && !caller.is("commission")) {
            String org = caller.org() == null ? "\u0000" : caller.org();
            where.append(caller.is("studio") ? " and unitOrgId = :org" : " and recommenderOrgId = :org");
            params.put("org", org);
        }
        if (year != null) {
            where.append(" and namedYear = :year");
            params.put("year", year);
        }
        if (state != null) {
            where.append(" and state = :state");
            params.put("state", state);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(namedTitle) like :q or lower(leaderName) like :q or lower(unitOrgName) like :q)");
            params.put("q", "%" + q.trim().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        var query = Studio.<Studio>find(where + " order by namedOn desc, namedTitle, id", params);
        long total = query.count();
        List<StudioView> items = query.page(page, size).list().stream().map(StudioView::of).toList();
        return new Page<>(items, page, size, total);
    }

    public record TransitionView(StudioState fromState, StudioState toState, String toLabel, String reason, String actor,
                                 String actorRole, Instant at) {
    }

    public List<TransitionView> history(UUID id) {
        visible(id);
        List<TransitionView> out = new ArrayList<>();
        for (StudioTransition t : StudioTransition.<StudioTransition>list("studioId = ?1 order by at, id", id)) {
            out.add(new TransitionView(t.fromState, t.toState, t.toState.label, t.reason, t.actor, t.actorRole, t.at));
        }
        return out;
    }

    /**
     * Moves a locked studio to {@code to} by the transition table, after checking the version the caller read:
     * 409 {@code STALE_VERSION} or {@code STUDIO_STATE_CONFLICT}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Studio s, int readVersion, StudioState to, String reason) {
        if (s.version != readVersion) {
            throw ProblemException.conflict("STALE_VERSION", "工作室已被他人修改，请刷新后重试");
        }
        if (!s.state.canMoveTo(to)) {
            throw ProblemException.conflict("STUDIO_STATE_CONFLICT",
                    "工作室当前为「" + s.state.label + "」，不能变为「" + to.label + "」");
        }
        StudioState from = s.state;
        s.state = to;
        s.stateChangedAt = Instant.now(clock);
        history(s, from, to, reason, caller.username(), caller.primaryRole());
    }

    /** The view of a changed studio with its new version (flushed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public StudioView saved(Studio s) {
        Studio.flush();
        return StudioView.of(s);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private void history(Studio s, StudioState from, StudioState to, String reason, String actor, String role) {
        StudioTransition t = new StudioTransition();
        t.id = UUID.randomUUID();
        t.studioId = s.id;
        t.fromState = from;
        t.toState = to;
        t.reason = reason;
        t.actor = actor;
        t.actorRole = role;
        t.at = Instant.now(clock);
        t.persist();
    }

}
