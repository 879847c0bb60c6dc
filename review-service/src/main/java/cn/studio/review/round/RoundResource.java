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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Review rounds: opened and configured by 区总工会, read by the commission and the round's panel. */
@Path("/api/v1/reviews/rounds")
@Tag(name = "rounds", description = "评审轮次")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundResource {
    @Inject
    RoundService service;

    @Schema(description = "新评审轮次 / a new review round")
    public record NewRound(
            @Schema(description = "活动 / the campaign") @NotNull(message = "活动必填") UUID campaignId,
            @Schema(description = "名称", examples = "2026年度区级职工创新工作室评审") @NotBlank(message = "名称必填") @Size(max = 100, message = "名称不超过100字") String name,
            @Schema(nullable = true, description = "每件案件的评审专家数（默认3）/ reviewers per case, default 3")
            @Min(value = 1, message = "每件至少1名专家") @Max(value = 15, message = "每件至多15名专家") Integer reviewersPerCase,
            @Schema(description = "每位专家最多评审件数 / the per-reviewer maximum load") @NotNull(message = "最大评审量必填")
            @Min(value = 1, message = "最大评审量至少为1") @Max(value = 500, message = "最大评审量不超过500") Integer maxLoad,
            @Schema(description = "评分截止（ISO 8601，含时区，如 2026-12-25T17:00:00+08:00）") @NotNull(message = "评分截止时间必填") OffsetDateTime scoringDeadline,
            @Schema(nullable = true, description = "实地考察截止") OffsetDateTime siteVisitDeadline,
            @Schema(nullable = true, description = "评分标准（默认：五项基本条件）/ the rubric, default the five basic conditions") @Valid Rubric rubric,
            @Schema(nullable = true, description = "评审专家组（用户名）/ the panel") @Size(max = 200) List<@NotBlank String> panel) {
    }

    @Schema(description = "修改评审轮次（version 为读取时的版本）/ change a round")
    public record RoundChange(
            @NotNull(message = "version 必填") Integer version,
            @NotBlank(message = "名称必填") @Size(max = 100, message = "名称不超过100字") String name,
            @Min(value = 1, message = "每件至少1名专家") @Max(value = 15, message = "每件至多15名专家") Integer reviewersPerCase,
            @NotNull(message = "最大评审量必填") @Min(value = 1, message = "最大评审量至少为1") @Max(value = 500, message = "最大评审量不超过500") Integer maxLoad,
            @NotNull(message = "评分截止时间必填") OffsetDateTime scoringDeadline,
            OffsetDateTime siteVisitDeadline,
            @Valid Rubric rubric) {
    }

    @Schema(description = "评审专家组 / the panel")
    public record Panel(@NotNull(message = "专家名单必填") @Size(max = 200) List<@NotBlank String> reviewers) {
    }

    @POST
    @RolesAllowed("union-admin")
    @Operation(summary = "开启评审轮次 / open a review round",
            description = "每个活动同时只有一个进行中的轮次。422: CAMPAIGN_UNKNOWN, DEADLINE_PAST, RUBRIC_SIZE, "
                    + "RUBRIC_DUPLICATE_CODE, REVIEWER_UNKNOWN；409: ROUND_ALREADY_OPEN。")
    public Response open(@Valid @NotNull(message = "请求体必填") NewRound body) {
        RoundView round = service.open(body.campaignId(), new RoundService.Settings(body.name(), body.reviewersPerCase(),
                body.maxLoad(), body.scoringDeadline(), body.siteVisitDeadline(), body.rubric()), body.panel());
        return Response.created(URI.create("/api/v1/reviews/rounds/" + round.id())).entity(round).build();
    }

    @GET
    @RolesAllowed({"union-admin", "commission", "reviewer"})
    @Operation(summary = "评审轮次列表 / rounds", description = "评审专家只看到自己所在专家组的轮次。")
    public List<RoundView> list(@QueryParam("campaignId") UUID campaignId) {
        return service.list(campaignId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"union-admin", "commission", "reviewer"})
    @Operation(summary = "评审轮次 / a round")
    public RoundView get(@PathParam("id") UUID id) {
        return service.view(service.visible(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("union-admin")
    @Operation(summary = "修改评审轮次 / change a round",
            description = "409: STALE_VERSION（版本已变）, RUBRIC_LOCKED（已有提交的评分）, ROUND_CLOSED。")
    public RoundView update(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") RoundChange body) {
        return service.update(id, body.version(), new RoundService.Settings(body.name(), body.reviewersPerCase(),
                body.maxLoad(), body.scoringDeadline(), body.siteVisitDeadline(), body.rubric()));
    }

    @PUT
    @Path("/{id}/panel")
    @RolesAllowed("union-admin")
    @Operation(summary = "设置评审专家组 / set the panel",
            description = "409 PANEL_MEMBER_ASSIGNED：移出的专家仍有分配；422 REVIEWER_UNKNOWN。")
    public RoundView panel(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Panel body) {
        return service.setPanel(id, body.reviewers());
    }
}
