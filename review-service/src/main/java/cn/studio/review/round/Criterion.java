package cn.studio.review.round;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One criterion of a rubric: scored from 0 to {@code maxScore}, counted with {@code weight}. */
@Schema(description = "评分项 / a rubric criterion")
public record Criterion(
        @Schema(description = "代码（大写字母、数字、下划线）/ code", examples = "LEADER")
        @NotBlank(message = "代码必填") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}", message = "代码为大写字母开头的字母、数字、下划线") String code,
        @Schema(description = "名称 / label", examples = "领军人物")
        @NotBlank(message = "名称必填") @Size(max = 50, message = "名称不超过50字") String label,
        @Schema(nullable = true, description = "评分要点 / what to look at")
        @Size(max = 500, message = "评分要点不超过500字") String guidance,
        @Schema(description = "满分 / the maximum score", examples = "20")
        @NotNull(message = "满分必填") @Min(value = 1, message = "满分至少为1") @Max(value = 100, message = "满分不超过100") Integer maxScore,
        @Schema(description = "权重 / weight", examples = "1")
        @NotNull(message = "权重必填") @DecimalMin(value = "0.1", message = "权重至少为0.1") Double weight) {
}
