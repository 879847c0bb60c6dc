package cn.studio.lifecycle.result;

import cn.studio.lifecycle.LifecycleTopics;
import cn.studio.lifecycle.attachment.Attachment;
import cn.studio.lifecycle.attachment.AttachmentOwner;
import cn.studio.lifecycle.attachment.AttachmentService;
import cn.studio.lifecycle.attachment.AttachmentView;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The register of a studio's innovation results: its unit's studio user records and corrects them (optimistic
 * version) with evidence through platform-media; everyone who reads the studio reads them; the year's count is held
 * against the rule of 1–2 results a year.
 */
@ApplicationScoped
public class ResultService implements AttachmentOwner {
    static final String OWNER = "RESULT";

    @Inject
    StudioService studios;
    @Inject
    AttachmentService attachments;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;

    public record Input(String title, ResultType type, String patentNumber, LocalDate patentDate, List<String> participants,
                        BigDecimal economicBenefitWanYuan, String socialBenefit, LocalDate achievedOn) {
    }

    public record YearSummary(UUID studioId, int year, long count, int minimum, int target, boolean meetsMinimum,
                              boolean meetsTarget, BigDecimal economicBenefitWanYuan) {
    }

    @Transactional
    public ResultView record(UUID studioId, Input in) {
        Studio s = filing(studioId);
        check(s, in);
        InnovationResult r = new InnovationResult();
        r.id = UUID.randomUUID();
        r.studioId = s.id;
        apply(r, in);
        r.recordedBy = caller.username();
        r.recordedAt = Instant.now(clock);
        r.updatedAt = r.recordedAt;
        r.persist();
        InnovationResult.flush();
        long inYear = InnovationResult.count("studioId = ?1 and year = ?2", s.id, r.year);
        outbox.publish(LifecycleTopics.EVENTS, ResultEvents.RECORDED, s.id.toString(), "studio/" + s.id,
                new ResultEvents.Recorded(s.ref(), r.id, r.title, r.type, r.type.label, r.achievedOn, r.year,
                        r.economicBenefitWanYuan, inYear, caller.username()));
        return ResultView.of(r, List.of());
    }

    @Transactional
    public ResultView update(UUID studioId, UUID resultId, int version, Input in) {
        Studio s = filing(studioId);
        InnovationResult r = locked(s.id, resultId);
        if (r.version != version) {
            throw ProblemException.conflict("STALE_VERSION", "成果已被修改，请刷新后重试");
        }
        check(s, in);
        apply(r, in);
        r.updatedAt = Instant.now(clock);
        InnovationResult.flush();
        return view(r);
    }

    @Transactional
    public void delete(UUID studioId, UUID resultId) {
        Studio s = filing(studioId);
        InnovationResult r = locked(s.id, resultId);
        for (Attachment a : Attachment.<Attachment>list("ownerId", r.id)) {
            attachments.delete(this, studioId, r.id, a.id);
        }
        r.delete();
    }

    @Transactional
    public List<ResultView> list(UUID studioId, Integer year) {
        Studio s = studios.visible(studioId);
        List<InnovationResult> rows = year == null
                ? InnovationResult.list("studioId = ?1 order by achievedOn desc, id", s.id)
                : InnovationResult.list("studioId = ?1 and year = ?2 order by achievedOn desc, id", s.id, year);
        return rows.stream().map(this::view).toList();
    }

    @Transactional
    public ResultView get(UUID studioId, UUID resultId) {
        return view(result(studioId, resultId));
    }

    /** The year's count against the rule of 1–2 results a year, and the economic benefit in 万元. */
    public YearSummary summary(UUID studioId, Integer year) {
        Studio s = studios.visible(studioId);
        int y = year != null ? year : studios.today().getYear();
        List<InnovationResult> rows = InnovationResult.list("studioId = ?1 and year = ?2", s.id, y);
        BigDecimal benefit = rows.stream().map(r -> r.economicBenefitWanYuan).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY);
        long n = rows.size();
        return new YearSummary(s.id, y, n, ResultRules.MINIMUM_PER_YEAR, ResultRules.TARGET_PER_YEAR,
                n >= ResultRules.MINIMUM_PER_YEAR, n >= ResultRules.TARGET_PER_YEAR, benefit);
    }

    // ---- evidence: read by whoever reads the studio, changed by its unit's studio user while it is listed

    @Override
    public Ref readable(UUID studioId, UUID ownerId) {
        return new Ref(OWNER, result(studioId, ownerId).id, studioId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Ref lockedForChange(UUID studioId, UUID ownerId) {
        Studio s = filing(studioId);
        return new Ref(OWNER, locked(s.id, ownerId).id, s.id);
    }

    private void check(Studio s, Input in) {
        List<RuleViolation> errors = ResultRules.check(new ResultRules.Facts(in.type(), in.patentNumber(), in.patentDate(),
                in.participants(), in.economicBenefitWanYuan(), in.achievedOn()), s.namedOn, studios.today());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(InnovationResult r, Input in) {
        r.title = in.title().strip();
        r.type = in.type();
        r.patentNumber = in.type() == ResultType.PATENT ? in.patentNumber().strip() : null;
        r.patentDate = in.type() == ResultType.PATENT ? in.patentDate() : null;
        r.participants = in.participants().stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        r.economicBenefitWanYuan = (in.economicBenefitWanYuan() == null ? BigDecimal.ZERO : in.economicBenefitWanYuan())
                .setScale(2, RoundingMode.UNNECESSARY);
        r.socialBenefit = in.socialBenefit();
        r.achievedOn = in.achievedOn();
        r.year = in.achievedOn().getYear();
    }

    private Studio filing(UUID studioId) {
        Studio s = studios.visible(studioId);
        if (!studios.isOwnStudio(s)) {
            throw ProblemException.notFound("工作室");
        }
        if (!s.state.listed()) {
            throw ProblemException.conflict("STUDIO_DELISTED", "工作室已摘牌，不再登记成果");
        }
        return s;
    }

    private InnovationResult result(UUID studioId, UUID resultId) {
        studios.visible(studioId);
        InnovationResult r = InnovationResult.find("id = ?1 and studioId = ?2", resultId, studioId).firstResult();
        if (r == null) {
            throw ProblemException.notFound("创新成果");
        }
        return r;
    }

    private InnovationResult locked(UUID studioId, UUID resultId) {
        result(studioId, resultId);
        return InnovationResult.findById(resultId, LockModeType.PESSIMISTIC_WRITE);
    }

    private ResultView view(InnovationResult r) {
        return ResultView.of(r, attachments.stored(r.id).stream().map(AttachmentView::of).toList());
    }
}
