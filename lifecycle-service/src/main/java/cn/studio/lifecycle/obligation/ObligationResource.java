package cn.studio.lifecycle.obligation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A studio's obligations calendar (报送日历) for a year. */
@Path("/api/v1/studios/{id}/obligations")
@Tag(name = "obligations", description = "报送日历")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission", "recommender", "studio"})
public class ObligationResource {
    @Inject
    ObligationService service;

    @GET
    @Operation(summary = "年度报送日历 / the year's obligations",
            description = "年度工作计划（默认1月31日前）、四个季度总结（季度结束后15日内）、年度总结（次年1月15日前），北京时间；"
                    + "命名日之前已到期的不计。默认本年度。")
    @APIResponse(responseCode = "200", description = "按截止日期 / by due date", content = @Content(
            schema = @Schema(implementation = ObligationView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "year", ref = "obligations")))
    @APIResponse(responseCode = "400", description = "`YEAR_OUT_OF_RANGE` 年度须在命名年度与明年之间")
    public List<ObligationView> list(@PathParam("id") UUID id, @QueryParam("year") Integer year) {
        return service.of(id, year);
    }
}
