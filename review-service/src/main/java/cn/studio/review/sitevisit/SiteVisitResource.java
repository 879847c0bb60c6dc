package cn.studio.review.sitevisit;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Site visits (实地考察). Shared errors (401, 403, 404 on a visit, 400 on a body, 500) come from platform/web; a visit
 * a reviewer is not a visitor of, or must stay away from, answers 404. Examples in resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/site-visits")
@Tag(name = "site-visits", description = "实地考察")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteVisitResource {
    static final String ROUND_CLOSED = "`ROUND_CLOSED` 评审轮次已结束（认定决定已生效），不能再修改";
    static final String SCHEDULE_RULES = "`VALIDATION_FAILED`，`errors[]` 逐项列出：`VISIT_IN_PAST` 考察时间须晚于现在, "
            + "`VISIT_AFTER_DEADLINE` 晚于本轮实地考察截止时间, `CONFLICT_OF_INTEREST` 考察人员与该单位须回避";

    @Inject
    SiteVisitService service;

    @Schema(name = "SiteVisitSchedule", description = "考察安排 / a visit's schedule")
    public record Schedule(
            @Schema(nullable = true, description = "案件（申报编号）：安排时必填（REQUIRED），修改安排时忽略") UUID applicationId,
            @Schema(description = "考察时间（ISO 8601 含时区），须晚于现在且不晚于本轮实地考察截止") @NotNull(message = "考察时间必填") OffsetDateTime scheduledAt,
            @Schema(description = "地点", examples = "区工业园路1号 区精密机械有限公司3号楼") @NotBlank(message = "地点必填") @Size(max = 200, message = "地点不超过200字") String address,
            @Schema(description = "考察人员（用户名：评审专家、区总工会、区科委）") @NotNull(message = "考察人员必填")
            @Size(min = 1, max = 20, message = "考察人员1–20人") List<@NotBlank String> visitors) {
    }

    @Schema(name = "SiteVisitFindings", description = "考察记录 / what the visitors found")
    public record Findings(
            @Schema(nullable = true, description = "核查清单：项目 → {ok, note}，替换原清单；未列出的项目为未核查。项目：VENUE_EXISTS 活动场所, "
                    + "EQUIPMENT_MATCHES 设备设施, RULES_POSTED 管理制度, FUND_RECORDS 经费账目, RESULTS_EVIDENCE 成果佐证, "
                    + "STAFF_PARTICIPATION 职工参与和人才培养") Map<ChecklistItem, SiteVisit.Check> checklist,
            @Schema(nullable = true, description = "考察发现") @Size(max = 5000, message = "考察发现不超过5000字") String findings,
            @Schema(description = "结论：PASS 通过, CONCERNS 存在问题, FAIL 不通过（排名时剔除）") @NotNull(message = "考察结论必填") VisitVerdict verdict,
            @Schema(nullable = true, description = "读取时的版本；给出则检查并发修改") Integer version) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"union-admin", "commission", "reviewer"})
    @Operation(summary = "实地考察 / a site visit", description = "组织方看全部；评审专家只看自己参加且无回避的。")
    @APIResponse(responseCode = "200", description = "实地考察 / the visit",
            content = @Content(schema = @Schema(implementation = SiteVisitView.class), examples = {
                    @ExampleObject(name = "recorded", ref = "siteVisitRecorded"),
                    @ExampleObject(name = "scheduled", ref = "siteVisitScheduled")}))
    public SiteVisitView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}/schedule")
    @RolesAllowed("union-admin")
    @Operation(summary = "修改考察安排 / reschedule", description = "修改时间、地点和考察人员，重新通知申报单位和考察人员。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Schedule.class),
            examples = @ExampleObject(name = "moved", ref = "siteVisitReschedule")))
    @APIResponse(responseCode = "200", description = "修改后的考察 / the visit as moved",
            content = @Content(schema = @Schema(implementation = SiteVisitView.class),
                    examples = @ExampleObject(name = "scheduled", ref = "siteVisitScheduled")))
    @APIResponse(responseCode = "409", description = ROUND_CLOSED)
    @APIResponse(responseCode = "422", description = SCHEDULE_RULES,
            content = @Content(examples = @ExampleObject(name = "VALIDATION_FAILED", ref = "siteVisitRescheduleRulesBroken")))
    public SiteVisitView reschedule(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Schedule body) {
        return service.reschedule(id, new SiteVisitService.Schedule(null, body.scheduledAt(), body.address(), body.visitors()));
    }

    @PUT
    @Path("/{id}/record")
    @RolesAllowed({"union-admin", "reviewer", "commission"})
    @Operation(summary = "填写考察记录 / record the visit",
            description = "考察人员或区总工会填写核查清单、发现和结论；本轮结束前可修改。结论 FAIL 的案件不参加排名、不能认定。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Findings.class),
            examples = @ExampleObject(name = "passed", ref = "siteVisitFindings")))
    @APIResponse(responseCode = "200", description = "已记录的考察 / the recorded visit",
            content = @Content(schema = @Schema(implementation = SiteVisitView.class),
                    examples = @ExampleObject(name = "recorded", ref = "siteVisitRecorded")))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 考察不存在，或调用者不是其考察人员 / no such visit for the caller")
    @APIResponse(responseCode = "409", description = "`STALE_VERSION` 已被其他考察人员修改，请刷新后重试；" + ROUND_CLOSED,
            content = @Content(examples = @ExampleObject(name = "STALE_VERSION", ref = "siteVisitStaleVersion")))
    public SiteVisitView record(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Findings body) {
        return service.record(id, new SiteVisitService.Record(body.checklist(), body.findings(), body.verdict(), body.version()));
    }
}
