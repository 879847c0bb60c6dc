package cn.studio.review.conflict;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * Conflicts of interest (回避). Shared errors (401, 403, 404 on an id, 413, 415, 500) come from platform/web; this
 * resource declares its own 400 (it adds rule codes to the platform's), and the examples are in
 * resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/conflicts")
@Tag(name = "conflicts", description = "利益冲突与回避")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConflictResource {
    @Inject
    ConflictService service;

    @Schema(name = "ConflictDeclaration", description = "回避声明 / a conflict declaration")
    public record Declaration(
            @Schema(description = "案件（申报编号）") @NotNull(message = "案件必填") UUID applicationId,
            @Schema(nullable = true, description = "评审专家用户名：区总工会代为登记时必填；专家本人声明时忽略（取自令牌）",
                    examples = "reviewer3")
            String reviewer,
            @Schema(description = "类型：COLLABORATOR 合作关系, INSTITUTIONAL 同一机构或隶属关系, PERSONAL 亲属或个人关系, OTHER 其他"
                    + "（SAME_UNIT 本单位、RECOMMENDING_UNIT 推荐单位由系统自动判断，不能声明）")
            @NotNull(message = "类型必填") ConflictKind kind,
            @Schema(nullable = true, description = "说明", examples = "配偶在该单位任职") @Size(max = 500, message = "说明不超过500字") String note) {
    }

    @POST
    @RolesAllowed({"reviewer", "union-admin"})
    @Operation(summary = "声明或登记回避 / declare a conflict",
            description = "专家本人声明（须在该案件所在活动的专家组中），或区总工会代为登记。已有的分配和评分草稿随之撤销；"
                    + "再次声明同一案件则更新类型和说明。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Declaration.class), examples = {
            @ExampleObject(name = "by the reviewer", ref = "conflictDeclaration"),
            @ExampleObject(name = "recorded by union-admin", ref = "conflictRecorded")}))
    @APIResponse(responseCode = "201", description = "已登记的回避 / the conflict as recorded",
            content = @Content(schema = @Schema(implementation = ConflictService.ConflictView.class),
                    examples = @ExampleObject(name = "declared", ref = "conflict")))
    @APIResponse(responseCode = "400", description = "`CONFLICT_KIND_AUTOMATIC` 本单位、推荐单位由系统自动判断，无需声明；"
            + "`REVIEWER_UNKNOWN` 评审专家不存在（区总工会代为登记时）；以及请求体无效 / or an unreadable body: `MALFORMED_JSON`, "
            + "`INVALID_JSON`, `INVALID_TYPE`, `INVALID_VALUE`, `UNKNOWN_FIELD`, `VALIDATION_FAILED`", content = @Content(examples = {
                    @ExampleObject(name = "CONFLICT_KIND_AUTOMATIC", ref = "conflictKindAutomatic"),
                    @ExampleObject(name = "REVIEWER_UNKNOWN", ref = "conflictReviewerUnknown")}))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 案件不存在，或不属于本人所在专家组的活动 / no such case for the caller",
            content = @Content(examples = @ExampleObject(name = "NOT_FOUND", ref = "conflictCaseNotFound")))
    @APIResponse(responseCode = "409", description = "`SCORECARD_SUBMITTED` 已提交评分的不能再声明回避（请联系区总工会）",
            content = @Content(examples = @ExampleObject(name = "SCORECARD_SUBMITTED", ref = "conflictAfterScoring")))
    public Response declare(@Valid @NotNull(message = "请求体必填") Declaration body) {
        return Response.status(201).entity(service.declare(body.applicationId(), body.reviewer(), body.kind(), body.note())).build();
    }

    @GET
    @RolesAllowed({"reviewer", "union-admin", "commission"})
    @Operation(summary = "已声明的回避 / declared conflicts",
            description = "新的在前；评审专家只看到自己的（忽略 applicationId）。自动回避（本单位、推荐单位）不在此列。")
    @APIResponse(responseCode = "200", description = "已声明的回避 / the declared conflicts",
            content = @Content(schema = @Schema(implementation = ConflictService.ConflictView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "conflicts", ref = "conflicts")))
    public List<ConflictService.ConflictView> list(
            @Parameter(description = "只看此案件（组织方）/ only this case, for the organisers") @QueryParam("applicationId") UUID applicationId) {
        return service.list(applicationId);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("union-admin")
    @Operation(summary = "撤销回避记录 / withdraw a declared conflict", description = "撤销后该专家可再被分配此案件。")
    @APIResponse(responseCode = "204", description = "已撤销 / withdrawn")
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 回避记录不存在 / no such conflict")
    public Response withdraw(@PathParam("id") UUID id) {
        service.withdraw(id);
        return Response.noContent().build();
    }
}
