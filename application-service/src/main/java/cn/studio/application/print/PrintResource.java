package cn.studio.application.print;

import cn.studio.application.application.Application;
import cn.studio.application.application.ApplicationService;
import cn.studio.application.application.ApplicationState;
import cn.studio.application.campaign.CampaignService;
import cn.studio.application.org.Org;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

@Path("/api/v1/applications")
@Tag(name = "applications", description = "申报")
public class PrintResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ApplicationService applications;

    @Inject
    CampaignService campaigns;

    @Inject
    PrintableForm form;

    @Inject
    ApplicationExport export;

    @GET
    @Path("{id}/form")
    @Produces("application/pdf")
    @RolesAllowed({"applicant", "recommender", "union-admin", "commission", "service"})
    @Transactional
    @Operation(summary = "打印申报表（PDF，一式两份）/ the filled form as a printable PDF")
    @APIResponse(responseCode = "200", description = "申报表 PDF（含盖章、日期留白）/ the form as PDF, with spaces for seals and dates",
            headers = @Header(name = "Content-Disposition", description = "inline; filename*=UTF-8''<工作室名称>申报表.pdf",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printable(@PathParam("id") UUID id) {
        Application app = applications.get(id);
        byte[] pdf = form.render(app, campaigns.find(app.campaignId),
                app.form.recommenderOrgId() == null ? null : Org.findById(app.form.recommenderOrgId()));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", disposition("inline", app.studioName() + "申报表.pdf")).build();
    }

    @GET
    @Path("export")
    @Produces({XLSX, "text/csv"})
    @RolesAllowed("union-admin")
    @Transactional
    @Operation(summary = "导出申报列表（XLSX 或 CSV）/ export the filtered list, Chinese headers")
    @APIResponse(responseCode = "200", description = "申报列表文件，中文表头 / the list as a file with Chinese headers",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''申报列表.xlsx (or .csv)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                            description = "UTF-8 CSV, header row in Chinese"))})
    @APIResponse(responseCode = "400", description = "`EXPORT_FORMAT_UNKNOWN` format 只能是 xlsx 或 csv")
    public Response export(@Parameter(description = "只导出此活动 / only this campaign") @QueryParam("campaignId") UUID campaignId,
                           @Parameter(description = "只导出此状态 / only this state") @QueryParam("state") ApplicationState state,
                           @Parameter(description = "文件格式 / file format", schema = @Schema(type = SchemaType.STRING,
                                   enumeration = {"xlsx", "csv"}, defaultValue = "xlsx"))
                           @QueryParam("format") @DefaultValue("xlsx") String format) {
        var list = applications.list(campaignId, state);
        return switch (format) {
            case "xlsx" -> Response.ok(export.xlsx(list), XLSX)
                    .header("Content-Disposition", disposition("attachment", "申报列表.xlsx")).build();
            case "csv" -> Response.ok(export.csv(list), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", disposition("attachment", "申报列表.csv")).build();
            default -> throw cn.studio.platform.problem.ProblemException.badRequest("EXPORT_FORMAT_UNKNOWN",
                    "导出格式应为 xlsx 或 csv");
        };
    }

    private static String disposition(String type, String name) {
        return type + "; filename=\"export\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
