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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Assignment of reviewers to cases within a round. Shared errors (401, 403, 404 on the round, 400 on a body, 500) come
 * from platform/web; examples in resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/rounds/{roundId}/assignments")
@Tag(name = "assignments", description = "评审分配")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {
    static final String RULES = "`VALIDATION_FAILED`，`errors[]` 逐项列出，全部通过才生效 / every broken pair, nothing saved: "
            + "`CASE_NOT_IN_ROUND` 案件不属于本轮的活动, `NOT_ON_PANEL` 不在本轮专家组, `CONFLICT_OF_INTEREST` 须回避, "
            + "`ALREADY_ASSIGNED` 已分配, `LOAD_EXCEEDED` 超过每位专家的上限, `CASE_FULL` 已满k名专家, `DUPLICATE_PAIR` 同一分配重复出现";
    static final String ROUND_CLOSED = "`ROUND_CLOSED` 评审轮次已结束（认定决定已生效），不能再修改";

    @Inject
    AssignmentService service;

    @Schema(description = "一项分配 / one pair")
    public record NewAssignment(@Schema(description = "案件（申报编号）") @NotNull(message = "案件必填") UUID applicationId,
                                @Schema(description = "评审专家用户名（须在本轮专家组中）", examples = "reviewer1")
                                @NotBlank(message = "评审专家必填") String reviewer) {
    }

    @Schema(description = "手动或批量分配 / manual or bulk assignment")
    public record Batch(@Schema(description = "要新增的分配 / the pairs to add")
                        @NotNull(message = "分配必填") @Size(min = 1, max = 5000, message = "一次1–5000项")
                        List<@Valid @NotNull NewAssignment> assignments) {
    }

    @GET
    @RolesAllowed({"union-admin", "commission", "reviewer"})
    @Operation(summary = "本轮分配 / the round's assignments", description = "按分配时间；评审专家只看到自己的。")
    @APIResponse(responseCode = "200", description = "分配 / the assignments",
            content = @Content(schema = @Schema(implementation = AssignmentService.Line.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "assignments", ref = "assignmentLines")))
    public List<AssignmentService.Line> list(@PathParam("roundId") UUID roundId) {
        return service.list(roundId);
    }

    @POST
    @RolesAllowed("union-admin")
    @Operation(summary = "手动或批量分配 / assign", description = "一批分配全部符合规则才生效，并通知每位专家。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Batch.class),
            examples = @ExampleObject(name = "three reviewers", ref = "assignmentBatch")))
    @APIResponse(responseCode = "201", description = "已保存的分配 / the assignments made",
            content = @Content(schema = @Schema(implementation = AssignmentService.Line.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "made", ref = "assignmentsMade")))
    @APIResponse(responseCode = "409", description = ROUND_CLOSED)
    @APIResponse(responseCode = "422", description = RULES,
            content = @Content(examples = @ExampleObject(name = "VALIDATION_FAILED", ref = "assignmentRulesBroken")))
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
    @APIResponse(responseCode = "200", description = "自动分配方案 / the plan",
            content = @Content(schema = @Schema(implementation = AssignmentService.PlanView.class),
                    examples = @ExampleObject(name = "plan", ref = "assignmentPlan")))
    @APIResponse(responseCode = "409", description = ROUND_CLOSED)
    public AssignmentService.PlanView preview(@PathParam("roundId") UUID roundId) {
        return service.preview(roundId);
    }

    @POST
    @Path("/automatic")
    @RolesAllowed("union-admin")
    @Operation(summary = "执行自动分配 / apply the automatic assignment",
            description = "在锁定本轮后重新求解并保存，通知每位专家；答复为所保存的方案（与预览同形，assignedAt 为 null）。")
    @APIResponse(responseCode = "200", description = "已保存的方案 / the plan applied",
            content = @Content(schema = @Schema(implementation = AssignmentService.PlanView.class),
                    examples = @ExampleObject(name = "plan", ref = "assignmentPlan")))
    @APIResponse(responseCode = "409", description = ROUND_CLOSED)
    public AssignmentService.PlanView apply(@PathParam("roundId") UUID roundId) {
        return service.apply(roundId);
    }

    @DELETE
    @Path("/{applicationId}/{reviewer}")
    @RolesAllowed("union-admin")
    @Operation(summary = "撤销分配 / withdraw an assignment", description = "评分草稿随之删除。")
    @APIResponse(responseCode = "204", description = "已撤销 / withdrawn")
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 评审轮次或这项分配不存在 / no such round or assignment",
            content = @Content(examples = @ExampleObject(name = "NOT_FOUND", ref = "assignmentNotFound")))
    @APIResponse(responseCode = "409", description = "`SCORECARD_SUBMITTED` 该专家已提交评分，不能撤销；" + ROUND_CLOSED,
            content = @Content(examples = @ExampleObject(name = "SCORECARD_SUBMITTED", ref = "assignmentScorecardSubmitted")))
    public Response unassign(@PathParam("roundId") UUID roundId, @PathParam("applicationId") UUID applicationId,
                             @Parameter(description = "评审专家用户名 / the reviewer's user name") @PathParam("reviewer") String reviewer) {
        service.unassign(roundId, applicationId, reviewer);
        return Response.noContent().build();
    }
}
