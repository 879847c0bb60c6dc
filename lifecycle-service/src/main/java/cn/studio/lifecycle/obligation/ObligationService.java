package cn.studio.lifecycle.obligation;

import cn.studio.lifecycle.LifecycleTopics;
import cn.studio.lifecycle.studio.Studio;
import cn.studio.lifecycle.studio.StudioService;
import cn.studio.lifecycle.studio.StudioState;
import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The obligations calendar per studio per year (kept as rows, made when first needed), the reminders 7 and 1 days
 * before and when overdue (each once: {@code obligation_reminder} remembers what was sent), and the state reports
 * give it.
 */
@ApplicationScoped
public class ObligationService {
    @Inject
    StudioService studios;
    @Inject
    ObligationConfig config;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    private ObligationCalendar calendar;

    ObligationCalendar calendar() {
        if (calendar == null) {
            calendar = ObligationCalendar.of(config);
        }
        return calendar;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    /** The studio's obligations of {@code year}, made if missing; 404 for a studio the caller may not see. */
    @Transactional
    public List<ObligationView> of(UUID studioId, Integer year) {
        Studio s = studios.visible(studioId);
        int y = year != null ? year : today().getYear();
        if (y < s.namedYear || y > today().getYear() + 1) {
            throw ProblemException.badRequest("YEAR_OUT_OF_RANGE", "年度须在命名年度（" + s.namedYear + "）与明年之间");
        }
        ensure(s, y);
        LocalDate today = today();
        // by due date, then as the calendar lists them (the plan, the quarters, the annual summary)
        return Obligation.<Obligation>list("studioId = ?1 and year = ?2", s.id, y).stream()
                .sorted(java.util.Comparator.comparing((Obligation o) -> o.dueDate).thenComparing(o -> o.kind).thenComparing(o -> o.quarter))
                .map(o -> ObligationView.of(o, today)).toList();
    }

    /** Makes the year's obligations of a studio that are missing (idempotent, safe against a parallel maker). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensure(Studio s, int year) {
        for (ObligationCalendar.Due d : calendar().owed(s.namedOn, year)) {
            em.createNativeQuery("insert into obligation (id, studio_id, year, kind, quarter, due_date, state) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6, 'OPEN') on conflict (studio_id, year, kind, quarter) do nothing")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, s.id).setParameter(3, year)
                    .setParameter(4, d.kind().name()).setParameter(5, d.quarter()).setParameter(6, d.dueDate())
                    .executeUpdate();
        }
    }

    /** The obligation a report answers, made if missing; empty when the studio owes no such report. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Obligation> forReport(Studio s, ObligationKind kind, int year, int quarter) {
        ensure(s, year);
        return Obligation.find("studioId = ?1 and kind = ?2 and year = ?3 and quarter = ?4", s.id, kind, year, quarter)
                .firstResultOptional();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(Obligation o, Obligation.State state) {
        o.state = state;
        Instant now = Instant.now(clock);
        if (state == Obligation.State.SUBMITTED && o.submittedAt == null) {
            o.submittedAt = now;
        }
        if (state == Obligation.State.ACCEPTED) {
            o.acceptedAt = now;
        }
    }

    /**
     * One pass of the reminder job over every listed studio: makes this year's (and last year's) calendar, then sends
     * each due reminder once. One transaction per studio; returns how many reminders went out.
     */
    public int remind() {
        LocalDate today = today();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() ->
                Studio.<Studio>list("state <> ?1", StudioState.DELISTED).stream().map(s -> s.id).toList());
        int sent = 0;
        for (UUID id : ids) {
            sent += QuarkusTransaction.requiringNew().call(() -> remind(id, today));
        }
        return sent;
    }

    private int remind(UUID studioId, LocalDate today) {
        Studio s = Studio.findById(studioId);
        if (s == null || !s.state.listed()) {
            return 0;
        }
        for (int y = Math.max(s.namedYear, today.getYear() - 1); y <= today.getYear(); y++) {
            ensure(s, y);
        }
        int sent = 0;
        List<Obligation> open = Obligation.list("studioId = ?1 and state in ?2 and dueDate <= ?3 order by dueDate",
                s.id, List.of(Obligation.State.OPEN, Obligation.State.RETURNED), today.plusDays(maxWindow()));
        for (Obligation o : open) {
            Set<String> already = new HashSet<>(reminders(o.id));
            Optional<String> due = calendar().reminder(today, o.dueDate, already);
            if (due.isEmpty() || !remember(o.id, due.get())) {
                continue;
            }
            Integer quarter = o.quarter == 0 ? null : o.quarter;
            if (due.get().equals("OVERDUE")) {
                outbox.publish(LifecycleTopics.EVENTS, ObligationEvents.OVERDUE, s.id.toString(), "studio/" + s.id,
                        new ObligationEvents.Overdue(s.ref(), o.id, o.kind, o.kind.label, o.year, quarter, o.dueDate,
                                ChronoUnit.DAYS.between(o.dueDate, today)));
            } else {
                outbox.publish(LifecycleTopics.EVENTS, ObligationEvents.DUE, s.id.toString(), "studio/" + s.id,
                        new ObligationEvents.Due(s.ref(), o.id, o.kind, o.kind.label, o.year, quarter, o.dueDate,
                                ChronoUnit.DAYS.between(today, o.dueDate)));
            }
            sent++;
        }
        return sent;
    }

    private int maxWindow() {
        return config.remindDaysBefore().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @SuppressWarnings("unchecked")
    private List<String> reminders(UUID obligationId) {
        return em.createNativeQuery("select reminder from obligation_reminder where obligation_id = ?1")
                .setParameter(1, obligationId).getResultList();
    }

    /** @return false when this reminder of this obligation was sent before */
    private boolean remember(UUID obligationId, String reminder) {
        return em.createNativeQuery("insert into obligation_reminder (obligation_id, reminder, sent_at) values (?1, ?2, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, obligationId).setParameter(2, reminder).setParameter(3, Instant.now(clock))
                .executeUpdate() == 1;
    }
}
