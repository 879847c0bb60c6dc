package cn.studio.review.casefile;

import cn.studio.review.reviewcase.ReviewCase;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Cases as reviewers read them: the organisers any case; a reviewer only cases assigned to them without a conflict
 * of interest (anything else is 404). The form and media come from application-service.
 */
@Path("/api/v1/reviews/cases")
@Tag(name = "cases", description = "评审案件")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"reviewer", "union-admin", "commission"})
public class CaseFileResource {
    @Inject
    CaseFileService service;

    public record CaseSummary(UUID applicationId, UUID campaignId, String campaignTitle, String studioName,
                              String leaderName, String applicantOrgName, String recommenderOrgName,
                              List<String> innovationFields) {
    }

    @GET
    @Path("/mine")
    @RolesAllowed("reviewer")
    @Operation(summary = "我的评审案件 / my cases", description = "进行中的轮次里分配给我且无回避的案件，含评分截止时间和我的评分状态。")
    public List<CaseFileService.MyCase> mine() {
        return service.mine();
    }

    @GET
    @Path("/{applicationId}")
    @Operation(summary = "案件概要 / the case")
    public CaseSummary summary(@PathParam("applicationId") UUID applicationId) {
        ReviewCase c = service.summary(applicationId);
        return new CaseSummary(c.applicationId, c.campaignId, c.campaignTitle, c.studioName, c.leaderName,
                c.applicantOrgName, c.recommenderOrgName, c.innovationFields);
    }

    @GET
    @Path("/{applicationId}/application")
    @Operation(summary = "完整申报表 / the whole application",
            description = "application-service 的申报（含申报表全部字段），由评审服务以服务身份读取。503 APPLICATION_SERVICE_UNAVAILABLE。")
    public JsonNode application(@PathParam("applicationId") UUID applicationId) {
        return service.form(applicationId);
    }

    @GET
    @Path("/{applicationId}/attachments")
    @Operation(summary = "附件列表 / the attachments (photos, video, documents)")
    public JsonNode attachments(@PathParam("applicationId") UUID applicationId) {
        return service.attachments(applicationId);
    }

    @GET
    @Path("/{applicationId}/attachments/{attachmentId}/download")
    @Operation(summary = "附件下载地址 / a short-lived download URL of an attachment")
    public JsonNode download(@PathParam("applicationId") UUID applicationId, @PathParam("attachmentId") UUID attachmentId) {
        return service.download(applicationId, attachmentId);
    }

    @GET
    @Path("/{applicationId}/printable")
    @Produces("application/pdf")
    @Operation(summary = "申报表 PDF / the printable form")
    public Response printable(@PathParam("applicationId") UUID applicationId) {
        return Response.ok(service.printable(applicationId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"shenbaobiao-" + applicationId + ".pdf\"").build();
    }
}
