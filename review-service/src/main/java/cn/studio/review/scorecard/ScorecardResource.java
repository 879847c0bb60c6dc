package cn.studio.review.scorecard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scorecards by rubric. Shared errors (401, 403, 404 on the round or case, 400 on a body, 500) come from platform/web; a
 * case not assigned to the calling reviewer, or one they must stay away from, answers 404. Examples in
 * resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/rounds/{roundId}")
@Tag(name = "scorecards", description = "评分")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScorecardResource {
    static final String SCORECARD_CONFLICTS = "`SCORECARD_SUBMITTED` 评分已提交，不能再修改；`SCORING_CLOSED` 已过评分截止时间"
            + "（北京时间）或评审轮次已结束";

    @Inject
    ScorecardService service;

    @Schema(name = "ScorecardDraft", description = "评分草稿（自动保存）/ a scorecard draft (autosave)")
    public record Draft(
            @Schema(nullable = true, description = "各评分项得分（评分项代码 → 分数，0到满分，最多一位小数），可不全；替换原有得分")
            Map<String, BigDecimal> scores,
            @Schema(nullable = true, description = "给评审组的意见（提交时必填）") @Size(max = 5000, message = "意见不超过5000字") String panelComment,
            @Schema(nullable = true, description = "给申报单位的意见（匿名转达）") @Size(max = 5000, message = "意见不超过5000字") String applicantComment,
            @Schema(nullable = true, description = "读取时的版本；给出则检查并发修改") Integer version) {
    }

    @GET
    @Path("/cases/{applicationId}/scorecard")
    @RolesAllowed("reviewer")
    @Operation(summary = "本人评分表 / my scorecard", description = "未保存过时返回空草稿（reviewer 为 null）及评分标准。")
    @APIResponse(responseCode = "200", description = "本人评分表及评分标准 / my scorecard with the rubric",
            content = @Content(schema = @Schema(implementation = ScorecardView.class), examples = {
                    @ExampleObject(name = "never saved", ref = "scorecardEmpty"),
                    @ExampleObject(name = "draft", ref = "scorecardDraft")}))
    public ScorecardView mine(@PathParam("roundId") UUID roundId, @PathParam("applicationId") UUID applicationId) {
        return service.mine(roundId, applicationId);
    }

    @PUT
    @Path("/cases/{applicationId}/scorecard")
    @RolesAllowed("reviewer")
    @Operation(summary = "保存评分草稿 / save my draft",
            description = "自动保存用：得分可不全，评完全部评分项后才有 total（百分制）。给出 version 则检查并发修改。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Draft.class),
            examples = @ExampleObject(name = "partial", ref = "scorecardDraftRequest")))
    @APIResponse(responseCode = "200", description = "保存后的草稿 / the draft as saved",
            content = @Content(schema = @Schema(implementation = ScorecardView.class),
                    examples = @ExampleObject(name = "draft", ref = "scorecardDraft")))
    @APIResponse(responseCode = "409", description = SCORECARD_CONFLICTS + "；`STALE_VERSION` 已在别处（另一个窗口）保存，请刷新",
            content = @Content(examples = {
                    @ExampleObject(name = "STALE_VERSION", ref = "scorecardStaleVersion"),
                    @ExampleObject(name = "SCORECARD_SUBMITTED", ref = "scorecardAlreadySubmitted"),
                    @ExampleObject(name = "SCORING_CLOSED", ref = "scoringClosed")}))
    @APIResponse(responseCode = "422", description = "`VALIDATION_FAILED`，`errors[]` 逐项列出：`CRITERION_UNKNOWN` 评分项不存在, "
            + "`SCORE_OUT_OF_RANGE` 须在0到满分之间, `SCORE_PRECISION` 最多一位小数",
            content = @Content(examples = @ExampleObject(name = "VALIDATION_FAILED", ref = "scoresOutOfRubric")))
    public ScorecardView save(@PathParam("roundId") UUID roundId, @PathParam("applicationId") UUID applicationId,
                              @Valid @NotNull(message = "请求体必填") Draft body) {
        return service.save(roundId, applicationId,
                new ScorecardService.Draft(body.scores(), body.panelComment(), body.applicantComment(), body.version()));
    }

    @POST
    @Path("/cases/{applicationId}/scorecard/submit")
    @RolesAllowed("reviewer")
    @Operation(summary = "提交评分 / submit my scorecard",
            description = "提交已保存的草稿；提交后不能修改。本轮最后一份评分提交时通知区总工会。")
    @APIResponse(responseCode = "200", description = "已提交的评分 / the submitted scorecard",
            content = @Content(schema = @Schema(implementation = ScorecardView.class),
                    examples = @ExampleObject(name = "submitted", ref = "scorecardSubmitted")))
    @APIResponse(responseCode = "409", description = SCORECARD_CONFLICTS,
            content = @Content(examples = @ExampleObject(name = "SCORING_CLOSED", ref = "scoringClosed")))
    @APIResponse(responseCode = "422", description = "`VALIDATION_FAILED`，`errors[]` 逐项列出：`SCORE_MISSING` 每项都须打分, "
            + "`COMMENT_REQUIRED` 须填写给评审组的意见（以及已保存得分的 `CRITERION_UNKNOWN`, `SCORE_OUT_OF_RANGE`）",
            content = @Content(examples = @ExampleObject(name = "VALIDATION_FAILED", ref = "scorecardIncomplete")))
    public ScorecardView submit(@PathParam("roundId") UUID roundId, @PathParam("applicationId") UUID applicationId) {
        return service.submit(roundId, applicationId);
    }

    @GET
    @Path("/cases/{applicationId}/scorecards")
    @RolesAllowed({"reviewer", "union-admin", "commission"})
    @Operation(summary = "案件的全部评分 / every scorecard of a case",
            description = "组织方看到全部评分（含草稿）及专家用户名。盲评：评审专家提交本人评分后，才看到其他专家已提交的评分"
                    + "（以“评审专家A/B…”代称）。")
    @APIResponse(responseCode = "200", description = "案件的评分，按专家 / the scorecards, by reviewer",
            content = @Content(schema = @Schema(implementation = ScorecardView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "after my submission", ref = "caseScorecards")))
    @APIResponse(responseCode = "409", description = "`SCORES_BLIND` 评审专家提交本人评分前不能查看 / blind until one's own is submitted",
            content = @Content(examples = @ExampleObject(name = "SCORES_BLIND", ref = "scoresBlind")))
    public List<ScorecardView> all(@PathParam("roundId") UUID roundId, @PathParam("applicationId") UUID applicationId) {
        return service.all(roundId, applicationId);
    }

    @GET
    @Path("/progress")
    @RolesAllowed({"reviewer", "union-admin", "commission"})
    @Operation(summary = "评分进度 / scoring progress per reviewer",
            description = "每位专家的分配数、草稿数、已提交数，按用户名；评审专家只看到自己的。")
    @APIResponse(responseCode = "200", description = "评分进度 / the progress",
            content = @Content(schema = @Schema(implementation = ScorecardService.Progress.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "progress", ref = "scoringProgress")))
    public List<ScorecardService.Progress> progress(@PathParam("roundId") UUID roundId) {
        return service.progress(roundId);
    }
}
