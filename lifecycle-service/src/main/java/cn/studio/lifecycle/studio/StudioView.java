package cn.studio.lifecycle.studio;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "命名的工作室（管理视图）/ a named studio as its managers see it")
public record StudioView(
        UUID id,
        @Schema(description = "命名名称「<领军人>职工创新工作室」") String namedTitle,
        @Schema(description = "申报时的名称", nullable = true) String studioName,
        @Schema(description = "领军人") String leaderName,
        @Schema(description = "所在单位（组织编号；该单位 studio 角色的用户管理本工作室）") String unitOrgId,
        String unitOrgName,
        @Schema(nullable = true) String recommenderOrgId,
        @Schema(nullable = true) String recommenderOrgName,
        @Schema(nullable = true) String contactName,
        @Schema(nullable = true) String contactPhone,
        @Schema(nullable = true) String contactEmail,
        @Schema(description = "级别：DISTRICT=区级") String level,
        @Schema(description = "命名日期（北京时间）") LocalDate namedOn,
        @Schema(description = "命名年度") int namedYear,
        @Schema(description = "经费支持（万元）", examples = "5.00") BigDecimal fundingWanYuan,
        @Schema(description = "推荐市级职工创新工作室") boolean cityRecommended,
        @Schema(description = "创新工作领域") List<String> innovationFields,
        @Schema(description = "状态：ACTIVE=在册, WARNED=已警示, DELISTING_PROPOSED=拟摘牌, DELISTED=已摘牌") StudioState state,
        String stateLabel,
        @Schema(nullable = true, description = "警示理由") String warningReason,
        @Schema(nullable = true, description = "整改期限") LocalDate warningDeadline,
        @Schema(nullable = true, description = "摘牌理由") String delistingReason,
        UUID campaignId,
        String campaignTitle,
        UUID applicationId,
        @Schema(description = "版本（改变状态时带上）") int version) {

    public static StudioView of(Studio s) {
        return new StudioView(s.id, s.namedTitle, s.studioName, s.leaderName, s.unitOrgId, s.unitOrgName,
                s.recommenderOrgId, s.recommenderOrgName, s.contactName, s.contactPhone, s.contactEmail, s.level,
                s.namedOn, s.namedYear, s.fundingWanYuan, s.cityRecommended, s.innovationFields, s.state,
                s.state.label, s.warningReason, s.warningDeadline, s.delistingReason, s.campaignId, s.campaignTitle,
                s.applicationId, s.version);
    }
}
