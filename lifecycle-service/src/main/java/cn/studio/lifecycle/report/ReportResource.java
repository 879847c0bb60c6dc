package cn.studio.lifecycle.report;

import cn.studio.lifecycle.obligation.ObligationKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A studio's plans and summaries: its unit's studio user drafts and submits; 区总工会 accepts or returns with
 * comments; 区科委 and the recommending unit read.
 */
@Path("/api/v1/studios/{id}/reports")
@Tag(name = "reports", description = "工作计划与工作总结")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission", "recommender", "studio"})
public class ReportResource {
    static final String EDIT = "`REPORT_NOT_EDITABLE` 已报送或已通过的报告不能修改；`STALE_VERSION` 报告已被修改，请刷新；`STUDIO_DELISTED` 工作室已摘牌";

    @Inject
    ReportService service;

    @Schema(description = "新建报告 / start a report")
    public record NewReport(@Schema(description = "ANNUAL_PLAN=年度工作计划, QUARTERLY_SUMMARY=季度工作总结, ANNUAL_SUMMARY=年度工作总结")
                            @NotNull(message = "报告类型必填") ObligationKind kind,
                            @Schema(description = "年度", examples = "2027") @NotNull(message = "年度必填") Integer year,
                            @Schema(nullable = true, description = "季度 1–4（仅季度总结）", examples = "1") Integer quarter) {
    }

    @Schema(description = "保存草稿 / save the draft")
    public record Draft(@Schema(description = "查看时的版本", examples = "0") @NotNull(message = "version 必填") Integer version,
                        @Schema(description = "栏目（编码 → 内容，每栏 ≤ 10000 字）；未给出的栏目清空")
                        @NotNull(message = "sections 必填") Map<String, String> sections) {
    }

    @Schema(name = "ReportVersionRef", description = "带上查看时的版本 / the version read")
    public record VersionRef(@Schema(description = "查看时的版本", examples = "1") @NotNull(message = "version 必填") Integer version) {
    }

    @Schema(description = "审核意见 / a decision")
    public record Decision(@Schema(description = "查看时的版本", examples = "2") @NotNull(message = "version 必填") Integer version,
                           @Schema(description = "意见（退回时必填，≤ 2000 字）", nullable = true, examples = "请补充本季度创新成果的转化情况和现场照片。")
                           @Size(max = 2000, message = "意见不超过2000字") String comment) {
    }

    @Schema(description = "退回意见 / return with comments")
    public record Return(@Schema(description = "查看时的版本", examples = "2") @NotNull(message = "version 必填") Integer version,
                         @Schema(description = "退回意见（≤ 2000 字）", examples = "请补充本季度创新成果的转化情况和现场照片。")
                         @NotBlank(message = "退回意见必填") @Size(max = 2000, message = "意见不超过2000字") String comment) {
    }

    @POST
    @RolesAllowed("studio")
    @Operation(summary = "新建报告草稿 / start a draft", description = "本单位的工作室用户；每期每类一份。")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewReport.class),
            examples = @ExampleObject(name = "quarterly", ref = "newReport")))
    @APIResponse(responseCode = "201", description = "草稿 / the draft", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportView.class), examples = @ExampleObject(name = "draft", ref = "reportDraft")))
    @APIResponse(responseCode = "409", description = "`REPORT_EXISTS` 该期报告已创建；`REPORT_NOT_OWED` 工作室无需报送该期；"
            + "`REPORT_PERIOD_NOT_STARTED` 期间尚未开始；`STUDIO_DELISTED` 工作室已摘牌")
    @APIResponse(responseCode = "422", description = "`QUARTER_REQUIRED` 季度总结须注明季度；`QUARTER_NOT_ALLOWED` 计划和年度总结不分季度")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") NewReport body) {
        ReportView r = service.create(id, body.kind(), body.year(), body.quarter());
        return Response.created(URI.create("/api/v1/studios/" + id + "/reports/" + r.id())).entity(r).build();
    }

    @GET
    @Operation(summary = "工作室的报告 / the studio's reports", description = "可按年度筛选。")
    @APIResponse(responseCode = "200", description = "报告摘要 / summaries", content = @Content(
            schema = @Schema(implementation = ReportService.Summary.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "reports", ref = "reportSummaries")))
    public List<ReportService.Summary> list(@PathParam("id") UUID id, @QueryParam("year") Integer year) {
        return service.list(id, year);
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "报告 / a report")
    @APIResponse(responseCode = "200", description = "报告 / the report", content = @Content(
            schema = @Schema(implementation = ReportView.class), examples = @ExampleObject(name = "submitted", ref = "reportSubmitted")))
    public ReportView get(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        return service.get(id, reportId);
    }

    @PUT
    @Path("/{reportId}")
    @RolesAllowed("studio")
    @Operation(summary = "保存草稿 / save the draft", description = "草稿或已退回的报告；栏目编码见 sectionTitles。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Draft.class),
            examples = @ExampleObject(name = "sections", ref = "reportDraftSave")))
    @APIResponse(responseCode = "200", description = "已保存 / saved", content = @Content(
            schema = @Schema(implementation = ReportView.class), examples = @ExampleObject(name = "saved", ref = "reportSaved")))
    @APIResponse(responseCode = "409", description = EDIT)
    @APIResponse(responseCode = "422", description = "`UNKNOWN_SECTION` 没有此栏目；`SECTION_TOO_LONG` 栏目超过10000字")
    public ReportView save(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId,
                           @Valid @NotNull(message = "请求体必填") Draft body) {
        return service.save(id, reportId, body.version(), body.sections());
    }

    @POST
    @Path("/{reportId}/submit")
    @RolesAllowed("studio")
    @Operation(summary = "报送 / submit", description = "每个栏目都须填写；报送形成新的版本（内容与附件的快照），通知区总工会。")
    @RequestBody(content = @Content(schema = @Schema(implementation = VersionRef.class),
            examples = @ExampleObject(name = "submit", ref = "reportVersionRef")))
    @APIResponse(responseCode = "200", description = "已报送 / submitted", content = @Content(
            schema = @Schema(implementation = ReportView.class), examples = @ExampleObject(name = "submitted", ref = "reportSubmitted")))
    @APIResponse(responseCode = "409", description = EDIT)
    @APIResponse(responseCode = "422", description = "`SECTION_REQUIRED` 栏目未填写（errors[].field = sections.<编码>）")
    public ReportView submit(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId,
                             @Valid @NotNull(message = "请求体必填") VersionRef body) {
        return service.submit(id, reportId, body.version());
    }

    @POST
    @Path("/{reportId}/accept")
    @RolesAllowed("union-admin")
    @Operation(summary = "区总工会审核通过 / accept", description = "通知工作室所在单位。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Decision.class),
            examples = @ExampleObject(name = "accept", ref = "reportAccept")))
    @APIResponse(responseCode = "200", description = "已通过 / accepted", content = @Content(
            schema = @Schema(implementation = ReportView.class), examples = @ExampleObject(name = "accepted", ref = "reportAccepted")))
    @APIResponse(responseCode = "409", description = "`REPORT_NOT_SUBMITTED` 只有已报送的报告才能审核；`STALE_VERSION` 报告已被修改，请刷新")
    public ReportView accept(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId,
                             @Valid @NotNull(message = "请求体必填") Decision body) {
        return service.decide(id, reportId, body.version(), true, body.comment());
    }

    @POST
    @Path("/{reportId}/return")
    @RolesAllowed("union-admin")
    @Operation(summary = "区总工会退回 / return with comments", description = "工作室修改后重新报送；通知工作室所在单位。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Return.class),
            examples = @ExampleObject(name = "return", ref = "reportReturn")))
    @APIResponse(responseCode = "200", description = "已退回 / returned", content = @Content(
            schema = @Schema(implementation = ReportView.class), examples = @ExampleObject(name = "returned", ref = "reportReturned")))
    @APIResponse(responseCode = "409", description = "`REPORT_NOT_SUBMITTED` 只有已报送的报告才能审核；`STALE_VERSION` 报告已被修改，请刷新")
    public ReportView returnReport(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId,
                                   @Valid @NotNull(message = "请求体必填") Return body) {
        return service.decide(id, reportId, body.version(), false, body.comment());
    }

    @GET
    @Path("/{reportId}/versions")
    @Operation(summary = "报送版本 / the submitted versions", description = "每次报送的内容、附件及审核意见，按版本号。")
    @APIResponse(responseCode = "200", description = "版本 / versions", content = @Content(
            schema = @Schema(implementation = ReportService.VersionView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "versions", ref = "reportVersions")))
    public List<ReportService.VersionView> versions(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        return service.versions(id, reportId);
    }

    @GET
    @Path("/{reportId}/history")
    @Operation(summary = "报告的全部记录 / the report's history", description = "创建、保存、报送、退回、通过：谁、何时、意见。")
    @APIResponse(responseCode = "200", description = "按时间顺序 / oldest first", content = @Content(
            schema = @Schema(implementation = ReportService.HistoryView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "history", ref = "reportHistory")))
    public List<ReportService.HistoryView> history(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        return service.history(id, reportId);
    }
}
