package cn.studio.application.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** A campaign as written by union-admin; the deadline is a wall-clock time in Asia/Shanghai. */
public record CampaignRequest(
        @NotNull(message = "年度必填") @Min(value = 2000, message = "年度无效") @Max(value = 2100, message = "年度无效") Integer year,
        @NotBlank(message = "标题必填") @Size(max = 200, message = "标题不超过200字") String title,
        @NotBlank(message = "主办单位必填") @Size(max = 200, message = "主办单位不超过200字") String organisers,
        @NotNull(message = "申报截止时间必填") LocalDateTime deadline,
        @NotNull(message = "命名名额必填") @Min(value = 1, message = "命名名额至少为1") @Max(value = 1000, message = "命名名额过大") Integer quota,
        @NotBlank(message = "联系单位必填") @Size(max = 200) String contactUnit,
        @NotBlank(message = "联系人必填") @Size(max = 50) String contactPerson,
        @NotBlank(message = "联系电话必填") @Size(max = 200) String contactPhones) {
}
