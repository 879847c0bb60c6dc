package cn.studio.lifecycle.obligation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "一项报送义务 / one report the studio owes")
public record ObligationView(UUID id, UUID studioId,
                             @Schema(description = "ANNUAL_PLAN=年度工作计划, QUARTERLY_SUMMARY=季度工作总结, ANNUAL_SUMMARY=年度工作总结") ObligationKind kind,
                             String kindLabel,
                             @Schema(description = "年度") int year,
                             @Schema(description = "季度（1–4，仅季度总结）", nullable = true) Integer quarter,
                             @Schema(description = "截止日期（北京时间，当日内有效）") LocalDate dueDate,
                             @Schema(description = "OPEN=待报送, SUBMITTED=已报送, RETURNED=已退回, ACCEPTED=已通过") Obligation.State state,
                             String stateLabel,
                             @Schema(description = "已逾期（截止日已过且未报送）") boolean overdue,
                             @Schema(nullable = true) Instant submittedAt,
                             @Schema(nullable = true) Instant acceptedAt) {
    static ObligationView of(Obligation o, LocalDate today) {
        return new ObligationView(o.id, o.studioId, o.kind, o.kind.label, o.year, o.quarter == 0 ? null : o.quarter,
                o.dueDate, o.state, o.state.label, !o.state.met() && today.isAfter(o.dueDate), o.submittedAt, o.acceptedAt);
    }
}
