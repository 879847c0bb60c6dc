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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Scorecards by rubric. */
@Path("/api/v1/reviews/rounds/{roundId}")
@Tag(name = "scorecards", description = "评分")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScorecardResource {
    @Inject
    ScorecardService service;

    @Schema(description = "评分草稿（自动保存）/ a scorecard draft (autosave)")
    public record Draft(
            @Schema(description = "各评分项得分（评分项代码 → 分数，0到满分，最多一位小数），可不全") Map<String, BigDecimal> scores,
            @Schema(nullable = true, description = "给评审组的意见（提交时必填）") @Size(max = 5000, message = "意见不超过5000字") String panelComment,
            @Schema(nullable = true, description = "给申报单位的意见（匿名转达）") @Size(max = 5000, message = "意见不超过5000字") String applicantComment,
            @Schema(nullable = true, description = "读取时的版本；给出则检查并发修改") Integer version) {
    }

    @GET
    @Path("/cases/{applicationId}/scorecard")
    @RolesAllowed("reviewer")
    @Operation(summary = "本人评分表 / my scorecard", description = "未保存过时返回空草稿及评分标准。")
    public ScorecardView mine(@PathParam("roundId") UUID roundId, @PathParam("applicationId") UUID applicationId) {
        return service.mine(roundId, applicationId);
    }

    @PUT
    @Path("/cases/{applicationId}/scorecard")
    @RolesAllowed("reviewer")
    @Operation(summary = "保存评分草稿 / save my draft",
            description = "422: CRITERION_UNKNOWN, SCORE_OUT_OF_RANGE, SCORE_PRECISION；409: SCORECARD_SUBMITTED, "
                    + "STALE_VERSION, SCORING_CLOSED（已过评分截止时间）。")
    public ScorecardView save(@PathParam("roundId") UUID roundId, @PathParam("applicationId") UUID applicationId,
                              @Valid @NotNull(message = "请求体必填") Draft body) {
        return service.save(roundId, applicationId,
                new ScorecardService.Draft(body.scores(), body.panelComment(), body.applicantComment(), body.version()));
    }

    @POST
    @Path("/cases/{applicationId}/scorecard/submit")
    @RolesAllowed("reviewer")
    @Operation(summary = "提交评分 / submit my scorecard",
            description = "提交后不能修改。422: SCORE_MISSING（每项都须打分）, COMMENT_REQUIRED；409: SCORECARD_SUBMITTED, SCORING_CLOSED。")
    public ScorecardView submit(@PathParam("roundId") UUID roundId, @PathParam("applicationId") UUID applicationId) {
        return service.submit(roundId, applicationId);
    }

    @GET
    @Path("/cases/{applicationId}/scorecards")
    @RolesAllowed({"reviewer", "union-admin", "commission"})
    @Operation(summary = "案件的全部评分 / every scorecard of a case",
            description = "盲评：评审专家提交本人评分前为 409 SCORES_BLIND；之后看到其他专家已提交的评分（以“评审专家A/B…”代称）。")
    public List<ScorecardView> all(@PathParam("roundId") UUID roundId, @PathParam("applicationId") UUID applicationId) {
        return service.all(roundId, applicationId);
    }

    @GET
    @Path("/progress")
    @RolesAllowed({"reviewer", "union-admin", "commission"})
    @Operation(summary = "评分进度 / scoring progress per reviewer", description = "评审专家只看到自己的。")
    public List<ScorecardService.Progress> progress(@PathParam("roundId") UUID roundId) {
        return service.progress(roundId);
    }
}
