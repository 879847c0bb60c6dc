package cn.studio.lifecycle.report;

import cn.studio.lifecycle.LifecycleTopics;
import cn.studio.lifecycle.attachment.Attachment;
import cn.studio.lifecycle.attachment.AttachmentOwner;
import cn.studio.lifecycle.attachment.AttachmentService;
import cn.studio.lifecycle.attachment.AttachmentView;
import cn.studio.lifecycle.obligation.Obligation;
import cn.studio.lifecycle.obligation.ObligationKind;
import cn.studio.lifecycle.obligation.ObligationService;
import cn.studio.lifecycle.studio.Studio;
import cn.studio.lifecycle.studio.StudioService;
import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.problem.RuleViolation;
import cn.studio.platform.web.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plans and summaries: a studio user of the unit drafts (optimistic version), attaches files and submits a numbered
 * version; 区总工会 accepts it or returns it with comments, and the obligation follows. Every step is in the history.
 */
@ApplicationScoped
public class ReportService implements AttachmentOwner {
    static final String OWNER = "REPORT";

    @Inject
    StudioService studios;
    @Inject
    ObligationService obligations;
    @Inject
    AttachmentService attachments;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;

    public record VersionView(int number, Map<String, String> sections, List<Map<String, Object>> attachments,
                              String submittedBy, Instant submittedAt, String decision, String comment,
                              String decidedBy, Instant decidedAt) {
    }

    public record HistoryView(String action, Integer versionNumber, String comment, String actor, String actorRole, Instant at) {
    }

    public record Summary(UUID id, ObligationKind kind, String kindLabel, int year, Integer quarter, ReportState state,
                          String stateLabel, int submissions, Instant updatedAt) {
    }

    @Transactional
    public ReportView create(UUID studioId, ObligationKind kind, int year, Integer quarter) {
        Studio s = filing(studioId);
        int q = quarterOf(kind, quarter);
        if (year > obligations.today().getYear() + (kind == ObligationKind.ANNUAL_PLAN ? 1 : 0)) {
            throw ProblemException.conflict("REPORT_PERIOD_NOT_STARTED", "该报告所属期间尚未开始");
        }
        Obligation o = obligations.forReport(s, kind, year, q)
                .orElseThrow(() -> ProblemException.conflict("REPORT_NOT_OWED", "工作室无需报送该期" + kind.label + "（命名前已到期或不在命名年度之后）"));
        if (Report.count("studioId = ?1 and kind = ?2 and year = ?3 and quarter = ?4", s.id, kind, year, q) > 0) {
            throw ProblemException.conflict("REPORT_EXISTS", "该期" + kind.label + "已创建，请在原报告上修改");
        }
        Report r = new Report();
        r.id = UUID.randomUUID();
        r.studioId = s.id;
        r.obligationId = o.id;
        r.kind = kind;
        r.year = year;
        r.quarter = q;
        r.state = ReportState.DRAFT;
        r.sections = new LinkedHashMap<>();
        r.createdBy = caller.username();
        r.createdAt = Instant.now(clock);
        r.updatedAt = r.createdAt;
        r.persist();
        history(r, "CREATED", null, null);
        Report.flush();
        return view(r, o);
    }

    public List<Summary> list(UUID studioId, Integer year) {
        Studio s = studios.visible(studioId);
        String where = "studioId = ?1" + (year != null ? " and year = ?2" : "") + " order by year desc, kind, quarter";
        List<Report> rows = year != null ? Report.list(where, s.id, year) : Report.list(where, s.id);
        return rows.stream().map(r -> new Summary(r.id, r.kind, r.kind.label, r.year, r.quarter == 0 ? null : r.quarter,
                r.state, r.state.label, r.submissions, r.updatedAt)).toList();
    }

    @Transactional
    public ReportView get(UUID studioId, UUID reportId) {
        return view(report(studioId, reportId));
    }

    @Transactional
    public ReportView save(UUID studioId, UUID reportId, int version, Map<String, String> sections) {
        Report r = lockedDraft(studioId, reportId, version);
        List<RuleViolation> errors = ReportSections.checkDraft(r.kind, sections);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, String> next = new LinkedHashMap<>();
        ReportSections.of(r.kind).keySet().forEach(code -> {
            String text = sections.get(code);
            if (text != null) {
                next.put(code, text);
            }
        });
        r.sections = next;
        r.updatedAt = Instant.now(clock);
        history(r, "SAVED", null, null);
        Report.flush();
        return view(r);
    }

    @Transactional
    public ReportView submit(UUID studioId, UUID reportId, int version) {
        Report r = lockedDraft(studioId, reportId, version);
        List<RuleViolation> errors = ReportSections.checkSubmission(r.kind, r.sections);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        r.submissions++;
        ReportVersion v = new ReportVersion();
        v.id = UUID.randomUUID();
        v.reportId = r.id;
        v.number = r.submissions;
        v.sections = new LinkedHashMap<>(r.sections);
        v.attachments = new ArrayList<>();
        for (Attachment a : attachments.stored(r.id)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id.toString());
            m.put("kind", a.kind.name());
            m.put("fileName", a.fileName);
            m.put("contentType", a.contentType);
            m.put("sizeBytes", a.sizeBytes);
            v.attachments.add(m);
        }
        v.submittedBy = caller.username();
        v.submittedAt = Instant.now(clock);
        v.persist();
        r.state = ReportState.SUBMITTED;
        r.updatedAt = v.submittedAt;
        obligations.mark(Obligation.findById(r.obligationId), Obligation.State.SUBMITTED);
        history(r, "SUBMITTED", v.number, null);
        publish(r, ReportEvents.SUBMITTED, null);
        Report.flush();
        return view(r);
    }

    @Transactional
    public ReportView decide(UUID studioId, UUID reportId, int version, boolean accept, String comment) {
        Report r = locked(studioId, reportId, version);
        if (r.state != ReportState.SUBMITTED) {
            throw ProblemException.conflict("REPORT_NOT_SUBMITTED", "只有已报送的报告才能审核（当前：" + r.state.label + "）");
        }
        ReportVersion v = ReportVersion.find("reportId = ?1 and number = ?2", r.id, r.submissions).firstResult();
        v.decision = accept ? "ACCEPTED" : "RETURNED";
        v.comment = comment;
        v.decidedBy = caller.username();
        v.decidedAt = Instant.now(clock);
        r.state = accept ? ReportState.ACCEPTED : ReportState.RETURNED;
        r.updatedAt = v.decidedAt;
        obligations.mark(Obligation.findById(r.obligationId), accept ? Obligation.State.ACCEPTED : Obligation.State.RETURNED);
        history(r, v.decision, v.number, comment);
        publish(r, accept ? ReportEvents.ACCEPTED : ReportEvents.RETURNED, comment);
        Report.flush();
        return view(r);
    }

    public List<VersionView> versions(UUID studioId, UUID reportId) {
        Report r = report(studioId, reportId);
        return ReportVersion.<ReportVersion>list("reportId = ?1 order by number", r.id).stream()
                .map(v -> new VersionView(v.number, v.sections, v.attachments, v.submittedBy, v.submittedAt, v.decision,
                        v.comment, v.decidedBy, v.decidedAt)).toList();
    }

    public List<HistoryView> history(UUID studioId, UUID reportId) {
        Report r = report(studioId, reportId);
        return ReportHistory.<ReportHistory>list("reportId = ?1 order by at, id", r.id).stream()
                .map(h -> new HistoryView(h.action, h.versionNumber, h.comment, h.actor, h.actorRole, h.at)).toList();
    }

    // ---- attachments: readable by whoever reads the report, changed by the unit's studio user while it is editable

    @Override
    public Ref readable(UUID studioId, UUID ownerId) {
        return new Ref(OWNER, report(studioId, ownerId).id, studioId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Ref lockedForChange(UUID studioId, UUID ownerId) {
        filing(studioId);
        Report r = lockedRow(studioId, ownerId);
        if (!r.state.editable()) {
            throw ProblemException.conflict("REPORT_NOT_EDITABLE", "报告" + r.state.label + "，不能修改");
        }
        return new Ref(OWNER, r.id, studioId);
    }

    /** A file an earlier submission carried stays in the store, so every version can still be read in full. */
    @Override
    public boolean keepsFile(UUID ownerId, UUID attachmentId) {
        String id = attachmentId.toString();
        return ReportVersion.<ReportVersion>list("reportId", ownerId).stream()
                .anyMatch(v -> v.attachments.stream().anyMatch(m -> id.equals(m.get("id"))));
    }

    private Report report(UUID studioId, UUID reportId) {
        studios.visible(studioId);
        Report r = Report.find("id = ?1 and studioId = ?2", reportId, studioId).firstResult();
        if (r == null) {
            throw ProblemException.notFound("报告");
        }
        return r;
    }

    private Studio filing(UUID studioId) {
        Studio s = studios.visible(studioId);
        if (!studios.isOwnStudio(s)) {
            throw ProblemException.notFound("工作室");
        }
        if (!s.state.listed()) {
            throw ProblemException.conflict("STUDIO_DELISTED", "工作室已摘牌，不再报送");
        }
        return s;
    }

    private Report lockedRow(UUID studioId, UUID reportId) {
        report(studioId, reportId);
        return Report.findById(reportId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Report locked(UUID studioId, UUID reportId, int version) {
        Report r = lockedRow(studioId, reportId);
        if (r.version != version) {
            throw ProblemException.conflict("STALE_VERSION", "报告已被修改，请刷新后重试");
        }
        return r;
    }

    private Report lockedDraft(UUID studioId, UUID reportId, int version) {
        filing(studioId);
        Report r = locked(studioId, reportId, version);
        if (!r.state.editable()) {
            throw ProblemException.conflict("REPORT_NOT_EDITABLE", "报告" + r.state.label + "，不能修改");
        }
        return r;
    }

    private static int quarterOf(ObligationKind kind, Integer quarter) {
        if (kind == ObligationKind.QUARTERLY_SUMMARY) {
            if (quarter == null || quarter < 1 || quarter > 4) {
                throw ProblemException.invalid(List.of(new RuleViolation("quarter", "QUARTER_REQUIRED", "季度总结须注明季度（1–4）")));
            }
            return quarter;
        }
        if (quarter != null) {
            throw ProblemException.invalid(List.of(new RuleViolation("quarter", "QUARTER_NOT_ALLOWED", kind.label + "不分季度")));
        }
        return 0;
    }

    private ReportView view(Report r) {
        return view(r, Obligation.findById(r.obligationId));
    }

    private ReportView view(Report r, Obligation o) {
        List<AttachmentView> files = attachments.stored(r.id).stream().map(AttachmentView::of).toList();
        ReportVersion last = r.submissions == 0 ? null
                : ReportVersion.find("reportId = ?1 and number = ?2", r.id, r.submissions).firstResult();
        return new ReportView(r.id, r.studioId, r.kind, r.kind.label, r.year, r.quarter == 0 ? null : r.quarter,
                o.dueDate, r.state, r.state.label, r.sections, ReportSections.of(r.kind), files, r.submissions,
                last == null ? null : last.comment, r.version, r.updatedAt);
    }

    private void history(Report r, String action, Integer versionNumber, String comment) {
        ReportHistory h = new ReportHistory();
        h.id = UUID.randomUUID();
        h.reportId = r.id;
        h.action = action;
        h.versionNumber = versionNumber;
        h.comment = comment;
        h.actor = caller.username();
        h.actorRole = caller.primaryRole();
        h.at = Instant.now(clock);
        h.persist();
    }

    private void publish(Report r, String type, String comment) {
        Studio s = Studio.findById(r.studioId);
        outbox.publish(LifecycleTopics.EVENTS, type, s.id.toString(), "studio/" + s.id,
                new ReportEvents.ReportEvent(s.ref(), r.id, r.kind, r.kind.label, r.year, r.quarter == 0 ? null : r.quarter,
                        r.submissions, comment, caller.username()));
    }
}
