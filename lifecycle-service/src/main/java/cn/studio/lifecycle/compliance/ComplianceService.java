package cn.studio.lifecycle.compliance;

import cn.studio.lifecycle.obligation.Obligation;
import cn.studio.lifecycle.obligation.ObligationService;
import cn.studio.lifecycle.result.InnovationResult;
import cn.studio.lifecycle.studio.Studio;
import cn.studio.lifecycle.studio.StudioState;
import cn.studio.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The yearly compliance evaluation over every listed studio named by that year, as of today (the injectable clock). */
@ApplicationScoped
public class ComplianceService {
    @Inject
    ObligationService obligations;
    @Inject
    ComplianceConfig config;

    @Schema(description = "工作室的年度评估 / a studio's evaluation")
    public record Evaluation(UUID studioId, String namedTitle, String unitOrgId, String unitOrgName,
                             @Schema(description = "ACTIVE, WARNED, DELISTING_PROPOSED") StudioState state,
                             @Schema(description = "年度") int year,
                             @Schema(description = "当年创新成果数") long results,
                             @Schema(description = "发现的问题（编码与说明）") List<ComplianceRules.Finding> findings,
                             @Schema(description = "建议警示（有问题且尚在册）") boolean proposeWarning,
                             @Schema(description = "建议摘牌（已警示且整改期限已过）") boolean proposeDelisting) {
    }

    @Transactional
    public List<Evaluation> evaluate(Integer year) {
        LocalDate today = obligations.today();
        int y = year != null ? year : today.getYear();
        if (y > today.getYear()) {
            throw ProblemException.badRequest("YEAR_OUT_OF_RANGE", "只能评估本年度及以前的年度");
        }
        List<Studio> studios = Studio.list("state <> ?1 and namedYear <= ?2 order by namedOn, namedTitle, id", StudioState.DELISTED, y);
        return studios.stream().map(s -> evaluate(s, y, today)).toList();
    }

    private Evaluation evaluate(Studio s, int year, LocalDate today) {
        obligations.ensure(s, year);
        List<ComplianceRules.Duty> duties = Obligation.<Obligation>list("studioId = ?1 and year = ?2", s.id, year).stream()
                .map(o -> new ComplianceRules.Duty(o.kind, o.quarter, o.dueDate, o.state.met(), o.state == Obligation.State.RETURNED))
                .toList();
        long results = InnovationResult.count("studioId = ?1 and year = ?2", s.id, year);
        List<ComplianceRules.Finding> findings = new java.util.ArrayList<>(ComplianceRules.evaluate(year, today, duties,
                results, config.allowedMissingSummaries(), config.minimumResults()));
        boolean deadlinePassed = s.state == StudioState.WARNED && s.warningDeadline != null && today.isAfter(s.warningDeadline);
        if (deadlinePassed) {
            findings.add(new ComplianceRules.Finding("WARNING_DEADLINE_PASSED",
                    "整改期限（" + s.warningDeadline + "）已过，警示仍未解除"));
        }
        return new Evaluation(s.id, s.namedTitle, s.unitOrgId, s.unitOrgName, s.state, year, results, findings,
                !findings.isEmpty() && s.state == StudioState.ACTIVE, deadlinePassed);
    }
}
