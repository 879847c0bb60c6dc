package cn.studio.review.conflict;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The units of a round, for panel members to declare conflicts before anything is assigned. */
@Path("/api/v1/reviews/rounds/{roundId}/units")
@Tag(name = "conflicts", description = "利益冲突与回避")
@Produces(MediaType.APPLICATION_JSON)
public class RoundUnitsResource {
    @Inject
    ConflictService service;

    @GET
    @RolesAllowed({"reviewer", "union-admin", "commission"})
    @Operation(summary = "本轮参评单位（供声明回避）/ the round's units, to declare conflicts",
            description = "只有工作室名称和单位，不含申报内容；评审专家看到自己与每个单位的回避情况（含自动回避：conflict 为 "
                    + "SAME_UNIT、RECOMMENDING_UNIT 或已声明的类型，无回避为 null），组织方看到的 conflict 均为 null。"
                    + "评审专家不在本轮专家组时为 404。")
    @APIResponse(responseCode = "200", description = "本轮参评单位 / the round's units",
            content = @Content(schema = @Schema(implementation = ConflictService.UnitLine.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "units", ref = "roundUnits")))
    public List<ConflictService.UnitLine> units(@PathParam("roundId") UUID roundId) {
        return service.units(roundId);
    }
}
