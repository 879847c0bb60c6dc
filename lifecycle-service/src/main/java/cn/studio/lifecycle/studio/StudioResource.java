package cn.studio.lifecycle.studio;

import cn.studio.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The register of named studios as their managers see it: 区总工会 and 区科委 all of them, a recommending unit those
 * recommended through it, a studio user (role {@code studio}) the studios of its unit (token claim {@code org}).
 */
@Path("/api/v1/studios")
@Tag(name = "studios", description = "命名的工作室")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission", "recommender", "studio"})
public class StudioResource {
    @Inject
    StudioService service;

    @Schema(name = "StudioPage", description = "工作室分页 / a page of studios")
    public record StudioPage(List<StudioView> items, int page, int size, long total) {
    }

    @GET
    @Operation(summary = "工作室列表（分页）/ the studios the caller may see",
            description = "区总工会、区科委：全部；推荐单位：经其推荐的；工作室用户：本单位的。按命名日期倒序。")
    @APIResponse(responseCode = "200", description = "一页工作室 / one page", content = @Content(
            schema = @Schema(implementation = StudioPage.class), examples = @ExampleObject(name = "page", ref = "studioPage")))
    @APIResponse(responseCode = "400", description = "`VALIDATION_FAILED` page ≥ 0，1 ≤ size ≤ 100；`INVALID_VALUE` state 取值无效")
    public StudioPage list(@QueryParam("year") Integer year,
                           @Parameter(description = "ACTIVE, WARNED, DELISTING_PROPOSED, DELISTED", schema = @Schema(implementation = StudioState.class))
                           @QueryParam("state") String state,
                           @QueryParam("q") String q,
                           @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能小于0") int page,
                           @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少1条")
                           @Max(value = 100, message = "每页最多100条") int size) {
        Page<StudioView> p = service.list(year, state == null ? null : parse(state), q, page, size);
        return new StudioPage(p.items(), p.page(), p.size(), p.total());
    }

    private static StudioState parse(String state) {
        try {
            return StudioState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("INVALID_VALUE", "state 只能是 ACTIVE、WARNED、DELISTING_PROPOSED 或 DELISTED");
        }
    }

    @GET
    @Path("/mine")
    @RolesAllowed("studio")
    @Operation(summary = "本单位的工作室 / the studios of the caller's unit", description = "按令牌的 org（所在单位）关联。")
    @APIResponse(responseCode = "200", description = "本单位的工作室 / the caller's studios", content = @Content(
            schema = @Schema(implementation = StudioView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "mine", ref = "studioList")))
    public List<StudioView> mine() {
        return service.mine();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "工作室 / a studio")
    @APIResponse(responseCode = "200", description = "工作室 / the studio", content = @Content(
            schema = @Schema(implementation = StudioView.class), examples = @ExampleObject(name = "active", ref = "studio")))
    public StudioView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "状态变化记录 / the studio's history", description = "命名、警示、整改、拟摘牌、摘牌：谁、何时、为何。")
    @APIResponse(responseCode = "200", description = "按时间顺序 / oldest first", content = @Content(
            schema = @Schema(implementation = StudioService.TransitionView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "history", ref = "studioHistory")))
    public List<StudioService.TransitionView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
