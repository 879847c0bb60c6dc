package cn.studio.application.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/** A campaign as written by union-admin; the deadline is a wall-clock time in Asia/Shanghai. */
@Schema(description = "活动（由区总工会填写）/ a campaign as union-admin writes it")
public record CampaignRequest(
        @Schema(description = "年度 / year", examples = "2026")
        @NotNull(message = "年度必填") @Min(value = 2000, message = "年度无效") @Max(value = 2100, message = "年度无效") Integer year,
        @Schema(description = "标题 / title", examples = "2026年职工创新工作室创建活动")
        @NotBlank(message = "标题必填") @Size(max = 200, message = "标题不超过200字") String title,
        @Schema(description = "主办单位 / organisers", examples = "区总工会、区科委")
        @NotBlank(message = "主办单位必填") @Size(max = 200, message = "主办单位不超过200字") String organisers,
        @Schema(ref = "LocalDateTime", description = "申报截止时间，北京时间墙上时间，不带时区 / deadline as Beijing "
                + "wall-clock time, no offset", examples = "2026-06-30T17:00:00")
        @NotNull(message = "申报截止时间必填") LocalDateTime deadline,
        @Schema(description = "命名名额（个）/ how many studios may be named", examples = "10")
        @NotNull(message = "命名名额必填") @Min(value = 1, message = "命名名额至少为1") @Max(value = 1000, message = "命名名额过大") Integer quota,
        @Schema(description = "联系单位 / contact unit", examples = "区总工会权益部")
        @NotBlank(message = "联系单位必填") @Size(max = 200) String contactUnit,
        @Schema(description = "联系人 / contact person", examples = "王老师")
        @NotBlank(message = "联系人必填") @Size(max = 50) String contactPerson,
        @Schema(description = "联系电话 / contact phones", examples = "010-12345678")
        @NotBlank(message = "联系电话必填") @Size(max = 200) String contactPhones) {
}
