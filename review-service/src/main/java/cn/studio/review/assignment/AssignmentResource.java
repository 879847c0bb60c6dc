package cn.studio.review.assignment;

import cn.studio.review.assignment.solver.Pair;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Assignment of reviewers to cases within a round. */
@Path("/api/v1/reviews/rounds/{roundId}/assignments")
@Tag(name = "assignments", description = "评审分配")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {
    static final String RULES = "422 逐项列出：CASE_NOT_IN_ROUND, NOT_ON_PANEL, CONFLICT_OF_INTEREST（须回避）, ALREADY_ASSIGNED, "
            + "LOAD_EXCEEDED（超过每位专家的上限）, CASE_FULL（已满k名专家）, DUPLICATE_PAIR；全部通过才生效。";

    @Inject
    AssignmentService service;

    @Schema(description = "一项分配 / one pair")
    public record NewAssignment(@NotNull(message = "案件必填") UUID applicationId,
                                @NotBlank(message = "评审专家必填") String reviewer) {
    }

    @Schema(description = "手动或批量分配 / manual or bulk assignment")
    public record Batch(@NotNull(message = "分配必填") @Size(min = 1, max = 5000, message = "一次1–5000项") List<@Valid @NotNull NewAssignment> assignments) {
    }

    @GET
    @RolesAllowed({"union-admin", "commission", "reviewer"})
    @Operation(summary = "本轮分配 / the round's assignments", description = "评审专家只看到自己的。")
    public List<AssignmentService.Line> list(@PathParam("roundId") UUID roundId) {
        return service.list(roundId);
    }

    @POST
    @RolesAllowed("union-admin")
    @Operation(summary = "手动或批量分配 / assign", description = RULES)
    public Response assign(@PathParam("roundId") UUID roundId, @Valid @NotNull(message = "请求体必填") Batch body) {
        List<Pair> pairs = body.assignments().stream().map(a -> new Pair(a.applicationId(), a.reviewer())).toList();
        return Response.status(201).entity(service.assign(roundId, pairs)).build();
    }

    @POST
    @Path("/automatic/preview")
    @RolesAllowed("union-admin")
    @Operation(summary = "自动分配预览 / preview the automatic assignment",
            description = "按最小费用流求解：回避、每件k名专家、每位专家上限，尽量匹配专长并均衡负担；不作任何修改。"
                    + "unfilled 列出因回避或上限无法配满的案件及缺少的人数。")
    public AssignmentService.PlanView preview(@PathParam("roundId") UUID roundId) {
        return service.preview(roundId);
    }

    @POST
    @Path("/automatic")
    @RolesAllowed("union-admin")
    @Operation(summary = "执行自动分配 / apply the automatic assignment", description = "在锁定本轮后重新求解并保存，通知每位专家。")
    public AssignmentService.PlanView apply(@PathParam("roundId") UUID roundId) {
        return service.apply(roundId);
    }

    @DELETE
    @Path("/{applicationId}/{reviewer}")
    @RolesAllowed("union-admin")
    @Operation(summary = "撤销分配 / withdraw an assignment",
            description = "评分草稿随之删除；409 SCORECARD_SUBMITTED：已提交评分的不能撤销。")
    public Response unassign(@PathParam("roundId") UUID roundId, @PathParam("applicationId") UUID applicationId,
                             @PathParam("reviewer") String reviewer) {
        service.unassign(roundId, applicationId, reviewer);
        return Response.noContent().build();
    }
}
