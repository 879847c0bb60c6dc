package cn.studio.application.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "年度创建活动 / a yearly campaign")
public record CampaignView(
        @Schema(description = "活动 id") UUID id,
        @Schema(description = "年度 / year", examples = "2026") int year,
        @Schema(description = "标题 / title", examples = "2026年职工创新工作室创建活动") String title,
        @Schema(description = "主办单位 / organisers", examples = "区总工会、区科委") String organisers,
        @Schema(description = "申报截止时间，北京时间 (+08:00) / deadline, Beijing time", examples = "2026-06-30T17:00:00+08:00")
        OffsetDateTime deadline,
        @Schema(description = "命名名额（个）/ how many studios may be named", examples = "10") int quota,
        @Schema(description = "联系单位 / contact unit", examples = "区总工会权益部") String contactUnit,
        @Schema(description = "联系人 / contact person", examples = "王老师") String contactPerson,
        @Schema(description = "联系电话 / contact phones", examples = "010-12345678") String contactPhones,
        @Schema(description = CampaignView.STATES) CampaignState state,
        @Schema(description = "状态的中文名称 / the state's zh-CN label", examples = "申报中") String stateLabel) {

    /** The states with their labels, for the documentation. */
    static final String STATES = "活动状态 / state: DRAFT=草稿, OPEN=申报中, CLOSED=申报已截止, UNDER_REVIEW=评审中, "
            + "DECIDED=已命名, ARCHIVED=已归档";

    static CampaignView of(Campaign c) {
        return new CampaignView(c.id, c.year, c.title, c.organisers, c.deadline.atZone(Campaign.ZONE).toOffsetDateTime(),
                c.quota, c.contactUnit, c.contactPerson, c.contactPhones, c.state, c.state.label);
    }
}
