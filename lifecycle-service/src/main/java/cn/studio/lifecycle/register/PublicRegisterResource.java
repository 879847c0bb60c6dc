package cn.studio.lifecycle.register;

import cn.studio.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** 职工创新工作室名录 and 通报: public, no login (the gateway rate-limits {@code /api/v1/public/**}). */
@Path("/api/v1/public")
@Tag(name = "public", description = "公开名录与通报（无需登录）")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicRegisterResource {
    static final String PAGING = "`VALIDATION_FAILED` page ≥ 0，1 ≤ size ≤ 100；`INVALID_VALUE` state 取值无效";

    @Inject
    RegisterService service;

    @Schema(name = "PublicStudioPage", description = "名录分页 / a page of the register")
    public record StudioPage(List<PublicStudio> items, int page, int size, long total) {
    }

    @Schema(name = "PublicNoticePage", description = "通报分页 / a page of notices")
    public record NoticePage(List<PublicNotice> items, int page, int size, long total) {
    }

    @GET
    @Path("/studios")
    @Operation(summary = "职工创新工作室名录 / the register of named studios",
            description = "按命名日期倒序；year 命名年度，state LISTED/DELISTED，q 匹配名称、领军人、单位。")
    @APIResponse(responseCode = "200", description = "一页名录 / one page", content = @Content(
            schema = @Schema(implementation = StudioPage.class), examples = @ExampleObject(name = "page", ref = "publicStudioPage")))
    @APIResponse(responseCode = "400", description = PAGING)
    public StudioPage studios(@QueryParam("year") Integer year,
                              @Parameter(description = "LISTED=在册, DELISTED=已摘牌", schema = @Schema(implementation = PublicStudio.PublicState.class))
                              @QueryParam("state") String state,
                              @QueryParam("q") String q,
                              @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能小于0") int page,
                              @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少1条")
                              @Max(value = 100, message = "每页最多100条") int size) {
        var p = service.studios(year, state == null ? null : parse(state), q, page, size);
        return new StudioPage(p.items(), p.page(), p.size(), p.total());
    }

    private static PublicStudio.PublicState parse(String state) {
        try {
            return PublicStudio.PublicState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("INVALID_VALUE", "state 只能是 LISTED 或 DELISTED");
        }
    }

    @GET
    @Path("/studios/{id}")
    @Operation(summary = "名录中的工作室 / one studio of the register")
    @APIResponse(responseCode = "200", description = "工作室 / the studio", content = @Content(
            schema = @Schema(implementation = PublicStudio.class), examples = @ExampleObject(name = "listed", ref = "publicStudio")))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 工作室不存在")
    public PublicStudio studio(@PathParam("id") UUID id) {
        return service.studio(id);
    }

    @GET
    @Path("/notices")
    @Operation(summary = "摘牌通报 / delisting notices", description = "按发布时间倒序。")
    @APIResponse(responseCode = "200", description = "一页通报 / one page", content = @Content(
            schema = @Schema(implementation = NoticePage.class), examples = @ExampleObject(name = "page", ref = "publicNoticePage")))
    @APIResponse(responseCode = "400", description = PAGING)
    public NoticePage notices(@QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能小于0") int page,
                              @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少1条")
                              @Max(value = 100, message = "每页最多100条") int size) {
        var p = service.notices(page, size);
        return new NoticePage(p.items(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("/notices/{id}")
    @Operation(summary = "一则通报 / one notice")
    @APIResponse(responseCode = "200", description = "通报 / the notice", content = @Content(
            schema = @Schema(implementation = PublicNotice.class), examples = @ExampleObject(name = "notice", ref = "publicNotice")))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 通报不存在")
    public PublicNotice notice(@PathParam("id") UUID id) {
        return service.notice(id);
    }
}
