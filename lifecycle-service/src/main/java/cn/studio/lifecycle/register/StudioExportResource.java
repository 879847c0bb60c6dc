package cn.studio.lifecycle.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register of named studios as CSV, for 区总工会 and 区科委. */
@Path("/api/v1/studios/export.csv")
@Tag(name = "studios", description = "命名的工作室")
@RolesAllowed({"union-admin", "commission"})
public class StudioExportResource {
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    StudioExport export;

    @GET
    @Produces(CSV)
    @Operation(summary = "工作室名录（CSV）/ the studios as CSV",
            description = "序号、工作室名称、领军人、所在单位、推荐单位、命名年度、命名日期、经费支持（万元）、推荐市级、状态、创新成果数；UTF-8（带 BOM）。可按命名年度筛选。")
    @APIResponse(responseCode = "200", description = "CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"studios.csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "未登录")
    public Response csv(@QueryParam("year") Integer year) {
        return Response.ok(export.csv(year), CSV).header("Content-Disposition", "attachment; filename=\"studios.csv\"").build();
    }
}
