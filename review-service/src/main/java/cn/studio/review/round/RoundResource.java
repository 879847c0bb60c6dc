package cn.studio.review.round;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Review rounds: opened and configured by 区总工会, read by the commission and the round's panel. Errors every operation
 * shares (401, 403, 404 on an id, 400 on a body, 500) are documented by platform/web; the annotations here add the
 * answers of this service's own rules and the examples (resources/openapi/examples.yaml). A round a reviewer is not on
 * the panel of answers 404, as if it did not exist.
 */
@Path("/api/v1/reviews/rounds")
@Tag(name = "rounds", description = "评审轮次")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundResource {
    static final String ROUND_CLOSED = "`ROUND_CLOSED` 评审轮次已结束（认定决定已生效），不能再修改";

    @Inject
    RoundService service;

    @Schema(description = "新评审轮次 / a new review round")
    public record NewRound(
            @Schema(description = "活动（须已由 application-service 开放申报）/ the campaign") @NotNull(message = "活动必填") UUID campaignId,
            @Schema(description = "名称", examples = "2026年度区级职工创新工作室评审") @NotBlank(message = "名称必填") @Size(max = 100, message = "名称不超过100字") String name,
            @Schema(nullable = true, description = "每件案件的评审专家数（默认3）/ reviewers per case, default 3")
            @Min(value = 1, message = "每件至少1名专家") @Max(value = 15, message = "每件至多15名专家") Integer reviewersPerCase,
            @Schema(description = "每位专家最多评审件数 / the per-reviewer maximum load") @NotNull(message = "最大评审量必填")
            @Min(value = 1, message = "最大评审量至少为1") @Max(value = 500, message = "最大评审量不超过500") Integer maxLoad,
            @Schema(description = "评分截止（ISO 8601，含时区，如 2026-12-25T17:00:00+08:00），须晚于现在")
            @NotNull(message = "评分截止时间必填") OffsetDateTime scoringDeadline,
            @Schema(nullable = true, description = "实地考察截止") OffsetDateTime siteVisitDeadline,
            @Schema(nullable = true, description = "评分标准（默认：五项基本条件）/ the rubric, default the five basic conditions") @Valid Rubric rubric,
            @Schema(nullable = true, description = "评审专家组（用户名，均须已声明专长）/ the panel, every member with a profile")
            @Size(max = 200) List<@NotBlank String> panel) {
    }

    @Schema(description = "修改评审轮次（version 为读取时的版本）/ change a round")
    public record RoundChange(
            @Schema(description = "读取时的版本 / the version read", examples = "0")
            @NotNull(message = "version 必填") Integer version,
            @Schema(description = "名称", examples = "2026年度区级职工创新工作室评审")
            @NotBlank(message = "名称必填") @Size(max = 100, message = "名称不超过100字") String name,
            @Schema(nullable = true, description = "每件案件的评审专家数；null 保持不变 / reviewers per case, null keeps it")
            @Min(value = 1, message = "每件至少1名专家") @Max(value = 15, message = "每件至多15名专家") Integer reviewersPerCase,
            @Schema(description = "每位专家最多评审件数 / the per-reviewer maximum load", examples = "12")
            @NotNull(message = "最大评审量必填") @Min(value = 1, message = "最大评审量至少为1") @Max(value = 500, message = "最大评审量不超过500") Integer maxLoad,
            @Schema(description = "评分截止（ISO 8601，含时区），须晚于现在")
            @NotNull(message = "评分截止时间必填") OffsetDateTime scoringDeadline,
            @Schema(nullable = true, description = "实地考察截止；null 表示不限") OffsetDateTime siteVisitDeadline,
            @Schema(nullable = true, description = "评分标准；null 保持不变；已有提交的评分后不能修改（RUBRIC_LOCKED）")
            @Valid Rubric rubric) {
    }

    @Schema(description = "评审专家组 / the panel")
    public record Panel(@Schema(description = "专家组全体成员的用户名（替换原名单），均须已声明专长 / every member's user name; replaces the panel")
                        @NotNull(message = "专家名单必填") @Size(max = 200) List<@NotBlank String> reviewers) {
    }

    @POST
    @RolesAllowed("union-admin")
    @Operation(summary = "开启评审轮次 / open a review round",
            description = "每个活动同时只有一个进行中的轮次；未给评分标准时用五项基本条件，未给每件专家数时为3。")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewRound.class), examples = {
            @ExampleObject(name = "default rubric", ref = "newRound"),
            @ExampleObject(name = "own rubric", ref = "newRoundCustomRubric")}))
    @APIResponse(responseCode = "201", description = "评审轮次已开启 / the round",
            headers = @Header(name = "Location", description = "新轮次的地址 / the new round",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoundView.class),
                    examples = @ExampleObject(name = "opened", ref = "round")))
    @APIResponse(responseCode = "409", description = "`ROUND_ALREADY_OPEN` 该活动已有进行中的评审轮次",
            content = @Content(examples = @ExampleObject(name = "ROUND_ALREADY_OPEN", ref = "roundAlreadyOpen")))
    @APIResponse(responseCode = "422", description = "`VALIDATION_FAILED`，`errors[]` 逐项列出 / every broken rule at once: "
            + "`CAMPAIGN_UNKNOWN` 活动不存在或尚未开始申报, `DEADLINE_PAST` 截止时间须晚于现在, `RUBRIC_SIZE` 评分项为1–20项, "
            + "`RUBRIC_DUPLICATE_CODE` 评分项代码重复, `REVIEWER_UNKNOWN` 专家尚未声明专长",
            content = @Content(examples = @ExampleObject(name = "VALIDATION_FAILED", ref = "roundRulesBroken")))
    public Response open(@Valid @NotNull(message = "请求体必填") NewRound body) {
        RoundView round = service.open(body.campaignId(), new RoundService.Settings(body.name(), body.reviewersPerCase(),
                body.maxLoad(), body.scoringDeadline(), body.siteVisitDeadline(), body.rubric()), body.panel());
        return Response.created(URI.create("/api/v1/reviews/rounds/" + round.id())).entity(round).build();
    }

    @GET
    @RolesAllowed({"union-admin", "commission", "reviewer"})
    @Operation(summary = "评审轮次列表 / rounds", description = "新开启的在前；评审专家只看到自己所在专家组的轮次。")
    @APIResponse(responseCode = "200", description = "评审轮次 / the rounds",
            content = @Content(schema = @Schema(implementation = RoundView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "rounds", ref = "rounds")))
    public List<RoundView> list(@Parameter(description = "只看此活动 / only this campaign") @QueryParam("campaignId") UUID campaignId) {
        return service.list(campaignId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"union-admin", "commission", "reviewer"})
    @Operation(summary = "评审轮次 / a round", description = "评审专家只能读取自己所在专家组的轮次，其他为 404。")
    @APIResponse(responseCode = "200", description = "评审轮次 / the round",
            content = @Content(schema = @Schema(implementation = RoundView.class),
                    examples = @ExampleObject(name = "open", ref = "round")))
    public RoundView get(@PathParam("id") UUID id) {
        return service.view(service.visible(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("union-admin")
    @Operation(summary = "修改评审轮次 / change a round", description = "带上读取时的 version；修改后 version 加一。")
    @RequestBody(content = @Content(schema = @Schema(implementation = RoundChange.class),
            examples = @ExampleObject(name = "change", ref = "roundChange")))
    @APIResponse(responseCode = "200", description = "修改后的评审轮次 / the round as changed",
            content = @Content(schema = @Schema(implementation = RoundView.class),
                    examples = @ExampleObject(name = "changed", ref = "roundChanged")))
    @APIResponse(responseCode = "409", description = "`STALE_VERSION` 版本已变，请刷新后重试；`RUBRIC_LOCKED` 已有提交的评分，"
            + "评分标准不能再改；" + ROUND_CLOSED, content = @Content(examples = {
                    @ExampleObject(name = "STALE_VERSION", ref = "roundStaleVersion"),
                    @ExampleObject(name = "RUBRIC_LOCKED", ref = "rubricLocked")}))
    @APIResponse(responseCode = "422", description = "`VALIDATION_FAILED`，`errors[]` 逐项列出：`DEADLINE_PAST`, `RUBRIC_SIZE`, "
            + "`RUBRIC_DUPLICATE_CODE`",
            content = @Content(examples = @ExampleObject(name = "VALIDATION_FAILED", ref = "roundChangeRulesBroken")))
    public RoundView update(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") RoundChange body) {
        return service.update(id, body.version(), new RoundService.Settings(body.name(), body.reviewersPerCase(),
                body.maxLoad(), body.scoringDeadline(), body.siteVisitDeadline(), body.rubric()));
    }

    @PUT
    @Path("/{id}/panel")
    @RolesAllowed("union-admin")
    @Operation(summary = "设置评审专家组 / set the panel", description = "给出全体成员，替换原名单；只有专家组成员能被分配。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Panel.class),
            examples = @ExampleObject(name = "panel", ref = "panel")))
    @APIResponse(responseCode = "200", description = "评审轮次及新的专家组 / the round with its new panel",
            content = @Content(schema = @Schema(implementation = RoundView.class),
                    examples = @ExampleObject(name = "open", ref = "round")))
    @APIResponse(responseCode = "409", description = "`PANEL_MEMBER_ASSIGNED` 移出的专家仍有分配的案件，请先撤销分配；" + ROUND_CLOSED,
            content = @Content(examples = @ExampleObject(name = "PANEL_MEMBER_ASSIGNED", ref = "panelMemberAssigned")))
    @APIResponse(responseCode = "422", description = "`VALIDATION_FAILED` with `REVIEWER_UNKNOWN` 专家尚未声明专长",
            content = @Content(examples = @ExampleObject(name = "REVIEWER_UNKNOWN", ref = "panelReviewerUnknown")))
    public RoundView panel(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Panel body) {
        return service.setPanel(id, body.reviewers());
    }
}
