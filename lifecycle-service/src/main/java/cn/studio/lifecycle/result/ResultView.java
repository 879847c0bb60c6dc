package cn.studio.lifecycle.result;

import cn.studio.lifecycle.attachment.AttachmentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "创新成果 / an innovation result")
public record ResultView(UUID id, UUID studioId,
                         @Schema(description = "计入年度（取得日期的年份）") int year,
                         String title,
                         @Schema(description = "PATENT=专利, TECH_IMPROVEMENT=技术革新, MANAGEMENT_METHOD=管理方法, RATIONALIZATION=合理化建议, "
                                 + "CONSTRUCTION_METHOD=工法, SOFTWARE_COPYRIGHT=软件著作权, OTHER=其他") ResultType type,
                         String typeLabel,
                         @Schema(nullable = true, description = "专利号（仅专利）") String patentNumber,
                         @Schema(nullable = true, description = "授权日期（仅专利）") LocalDate patentDate,
                         @Schema(description = "参与人") List<String> participants,
                         @Schema(description = "经济效益（万元，两位小数）", examples = "12.50") BigDecimal economicBenefitWanYuan,
                         @Schema(nullable = true, description = "社会效益") String socialBenefit,
                         @Schema(description = "取得日期") LocalDate achievedOn,
                         @Schema(description = "证明材料（已校验的附件）") List<AttachmentView> evidence,
                         String recordedBy, Instant recordedAt, Instant updatedAt,
                         @Schema(description = "版本（修改时带上）") int version) {
    static ResultView of(InnovationResult r, List<AttachmentView> evidence) {
        return new ResultView(r.id, r.studioId, r.year, r.title, r.type, r.type.label, r.patentNumber, r.patentDate,
                r.participants, r.economicBenefitWanYuan, r.socialBenefit, r.achievedOn, evidence, r.recordedBy,
                r.recordedAt, r.updatedAt, r.version);
    }
}
