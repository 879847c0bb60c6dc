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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Conflicts of interest (回避). */
@Path("/api/v1/reviews/conflicts")
@Tag(name = "conflicts", description = "利益冲突与回避")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConflictResource {
    @Inject
    ConflictService service;

    @Schema(description = "回避声明 / a conflict declaration")
    public record Declaration(
            @Schema(description = "案件（申报编号）") @NotNull(message = "案件必填") UUID applicationId,
            @Schema(nullable = true, description = "评审专家用户名：区总工会代为登记时必填；专家本人声明时忽略（取自令牌）")
            String reviewer,
            @Schema(description = "类型：COLLABORATOR 合作关系, INSTITUTIONAL 同一机构或隶属关系, PERSONAL 亲属或个人关系, OTHER 其他")
            @NotNull(message = "类型必填") ConflictKind kind,
            @Schema(nullable = true, description = "说明") @Size(max = 500, message = "说明不超过500字") String note) {
    }

    @POST
    @RolesAllowed({"reviewer", "union-admin"})
    @Operation(summary = "声明或登记回避 / declare a conflict",
            description = "专家本人声明（须在该案件所在活动的专家组中），或区总工会代为登记。已有的分配和评分草稿随之撤销；"
                    + "409 SCORECARD_SUBMITTED：已提交评分的不能再声明回避（请联系区总工会）。")
    public Response declare(@Valid @NotNull(message = "请求体必填") Declaration body) {
        return Response.status(201).entity(service.declare(body.applicationId(), body.reviewer(), body.kind(), body.note())).build();
    }

    @GET
    @RolesAllowed({"reviewer", "union-admin", "commission"})
    @Operation(summary = "已声明的回避 / declared conflicts", description = "评审专家只看到自己的。")
    public List<ConflictService.ConflictView> list(@QueryParam("applicationId") UUID applicationId) {
        return service.list(applicationId);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("union-admin")
    @Operation(summary = "撤销回避记录 / withdraw a declared conflict")
    public Response withdraw(@PathParam("id") UUID id) {
        service.withdraw(id);
        return Response.noContent().build();
    }
}
