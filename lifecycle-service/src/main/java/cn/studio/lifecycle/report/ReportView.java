package cn.studio.lifecycle.report;

import cn.studio.lifecycle.attachment.AttachmentView;
import cn.studio.lifecycle.obligation.ObligationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(description = "报告（工作计划 / 季度总结 / 年度总结）/ a report")
public record ReportView(UUID id, UUID studioId,
                         @Schema(description = "ANNUAL_PLAN=年度工作计划, QUARTERLY_SUMMARY=季度工作总结, ANNUAL_SUMMARY=年度工作总结") ObligationKind kind,
                         String kindLabel, int year,
                         @Schema(nullable = true, description = "季度（仅季度总结）") Integer quarter,
                         @Schema(description = "截止日期（北京时间）") LocalDate dueDate,
                         @Schema(description = "DRAFT=草稿, SUBMITTED=已报送, RETURNED=已退回, ACCEPTED=已通过") ReportState state,
                         String stateLabel,
                         @Schema(description = "栏目（编码 → 内容）") Map<String, String> sections,
                         @Schema(description = "栏目标题（编码 → 标题），按表单顺序") Map<String, String> sectionTitles,
                         @Schema(description = "已校验的附件") List<AttachmentView> attachments,
                         @Schema(description = "已报送次数（最新版本号）") int submissions,
                         @Schema(nullable = true, description = "最近一次退回或通过的意见") String lastComment,
                         @Schema(description = "版本（保存、报送、审核时带上）") int version,
                         Instant updatedAt) {
}
