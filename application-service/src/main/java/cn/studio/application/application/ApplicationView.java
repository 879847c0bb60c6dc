package cn.studio.application.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An application as clients read it: state, key facts, the whole form and the opinions given so far. */
@Schema(description = "一份申报：状态、要点、完整申报表和已给出的意见 / an application with its form and opinions")
public record ApplicationView(
        @Schema(description = "申报 id") UUID id,
        @Schema(description = "所属活动 id / the campaign") UUID campaignId,
        @Schema(description = ApplicationView.STATES) ApplicationState state,
        @Schema(description = "状态的中文名称 / the state's zh-CN label", examples = "待推荐单位推荐") String stateLabel,
        @Schema(description = "申报单位 id（调用者的 org）/ the applicant unit", examples = "unit-001") String applicantOrg,
        @Schema(nullable = true, description = "推荐单位 id，提交后才有 / the recommending unit, set on submission", examples = "sys-industry")
        String recommenderOrg,
        @Schema(description = "工作室名称（未填则为「领军人姓名」职工创新工作室）/ studio name", examples = "张三职工创新工作室")
        String studioName,
        @Schema(nullable = true, description = "领军人姓名 / leader's name", examples = "张三") String leaderName,
        ApplicationForm form,
        @Schema(nullable = true, description = "推荐单位意见（推荐后）/ the recommending unit's opinion, once endorsed") String recommenderOpinion,
        @Schema(nullable = true, description = "形式审查意见（未通过时的理由）/ the screening reason") String screeningReason,
        @Schema(description = "创建时间 (UTC)") Instant createdAt,
        @Schema(description = "最后修改时间 (UTC)") Instant updatedAt,
        @Schema(nullable = true, description = "最近一次提交时间 (UTC)，未提交为 null") Instant submittedAt,
        @Schema(description = "版本号，每次修改加一 / incremented on every change") int version) {

    /** The states with their labels, for the documentation. */
    static final String STATES = "申报状态 / state: DRAFT=草稿, SUBMITTED=待推荐单位推荐, RETURNED=已退回修改, "
            + "ENDORSED=已推荐，待形式审查, ACCEPTED=形式审查通过, REJECTED=形式审查未通过";

    static ApplicationView of(Application a) {
        return new ApplicationView(a.id, a.campaignId, a.state, a.state.label, a.applicantOrg, a.recommenderOrg,
                a.studioName(), a.leaderName, a.form, a.recommenderOpinion, a.screeningReason, a.createdAt,
                a.updatedAt, a.submittedAt, a.version);
    }

    /** A list row: the same without the form. */
    @Schema(name = "ApplicationRow", description = "列表中的一行（不含申报表）/ a list row, without the form")
    public record Row(UUID id, UUID campaignId, @Schema(description = STATES) ApplicationState state,
                      @Schema(examples = "待推荐单位推荐") String stateLabel,
                      @Schema(examples = "unit-001") String applicantOrg,
                      @Schema(nullable = true, examples = "sys-industry") String recommenderOrg,
                      @Schema(examples = "张三职工创新工作室") String studioName,
                      @Schema(nullable = true, examples = "张三") String leaderName,
                      @Schema(nullable = true) Instant submittedAt, Instant updatedAt) {
        static Row of(Application a) {
            return new Row(a.id, a.campaignId, a.state, a.state.label, a.applicantOrg, a.recommenderOrg,
                    a.studioName(), a.leaderName, a.submittedAt, a.updatedAt);
        }
    }

    @Schema(name = "ApplicationHistoryEntry", description = "一次流转 / one transition")
    public record HistoryEntry(
            @Schema(description = "操作人（用户名）/ who", examples = "recommender1") String actor,
            @Schema(description = "操作人角色 / the actor's role", examples = "recommender") String actorRole,
            @Schema(description = "时间 (UTC)") Instant at,
            @Schema(nullable = true, description = "原状态，创建时为 null / from (null on creation)") ApplicationState from,
            @Schema(description = STATES) ApplicationState to,
            @Schema(description = "新状态的中文名称", examples = "已推荐，待形式审查") String toLabel,
            @Schema(nullable = true, description = "意见或理由 / opinion or reason given") String comment) {
        static HistoryEntry of(Transition t) {
            return new HistoryEntry(t.actor, t.actorRole, t.at, t.fromState, t.toState, t.toState.label, t.comment);
        }
    }
}
