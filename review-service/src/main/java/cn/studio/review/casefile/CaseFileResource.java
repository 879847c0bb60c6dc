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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Cases as reviewers read them: the organisers any case; a reviewer only cases assigned to them without a conflict
 * of interest (anything else is 404). The form and media come from application-service, passed through as it answers
 * (its document describes {@code ApplicationView}, {@code AttachmentView} and {@code Download}). Shared errors (401, 403,
 * 404 on a case, 500) come from platform/web; examples in resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/cases")
@Tag(name = "cases", description = "评审案件")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"reviewer", "union-admin", "commission"})
public class CaseFileResource {
    static final String UNAVAILABLE = "`APPLICATION_SERVICE_UNAVAILABLE` 申报服务暂不可用，请稍后重试 / application-service did not "
            + "answer";
    static final String NOT_FOUND = "`NOT_FOUND` 案件不存在、未分配给本人或须回避，或申报材料在申报服务中不存在 / no such case for the "
            + "caller, or application-service has no such material";

    @Inject
    CaseFileService service;

    @Schema(description = "案件概要（形式审查通过时的申报要点）/ the case: the application's key facts at screening")
    public record CaseSummary(@Schema(description = "案件（申报编号）") UUID applicationId,
                              @Schema(description = "活动") UUID campaignId,
                              @Schema(description = "活动名称", examples = "2026年职工创新工作室创建活动") String campaignTitle,
                              @Schema(description = "工作室名称", examples = "张三职工创新工作室") String studioName,
                              @Schema(nullable = true, description = "领军人姓名", examples = "张三") String leaderName,
                              @Schema(nullable = true, description = "申报单位", examples = "区精密机械有限公司工会") String applicantOrgName,
                              @Schema(nullable = true, description = "推荐单位", examples = "区工业系统工会") String recommenderOrgName,
                              @Schema(description = "创新工作领域（申报表代码：TECHNOLOGY, MANAGEMENT, MARKETING_MODEL, BRAND_STRATEGY, OTHER）")
                              List<String> innovationFields) {
    }

    @GET
    @Path("/mine")
    @RolesAllowed("reviewer")
    @Operation(summary = "我的评审案件 / my cases", description = "进行中的轮次里分配给我且无回避的案件，含评分截止时间（UTC）"
            + "和我的评分状态 scorecardState：NOT_STARTED 未开始, DRAFT 草稿, SUBMITTED 已提交。")
    @APIResponse(responseCode = "200", description = "我的案件，按分配时间 / my cases, by assignment time",
            content = @Content(schema = @Schema(implementation = CaseFileService.MyCase.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "mine", ref = "myCases")))
    public List<CaseFileService.MyCase> mine() {
        return service.mine();
    }

    @GET
    @Path("/{applicationId}")
    @Operation(summary = "案件概要 / the case")
    @APIResponse(responseCode = "200", description = "案件概要 / the case",
            content = @Content(schema = @Schema(implementation = CaseSummary.class),
                    examples = @ExampleObject(name = "case", ref = "caseSummary")))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 案件不存在、未分配给本人或须回避 / no such case for the caller")
    public CaseSummary summary(@PathParam("applicationId") UUID applicationId) {
        ReviewCase c = service.summary(applicationId);
        return new CaseSummary(c.applicationId, c.campaignId, c.campaignTitle, c.studioName, c.leaderName,
                c.applicantOrgName, c.recommenderOrgName, c.innovationFields);
    }

    @GET
    @Path("/{applicationId}/application")
    @Operation(summary = "完整申报表 / the whole application",
            description = "application-service 的申报（含申报表全部字段），由评审服务以服务身份读取，原样返回。")
    @APIResponse(responseCode = "200", description = "application-service 的 ApplicationView / the application, as application-service answers",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT,
                    description = "application-service 的 ApplicationView（状态、要点、完整申报表、意见），见其 OpenAPI 文档"),
                    examples = @ExampleObject(name = "accepted", ref = "caseApplication")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(examples = @ExampleObject(name = "APPLICATION_SERVICE_UNAVAILABLE", ref = "applicationServiceUnavailable")))
    public JsonNode application(@PathParam("applicationId") UUID applicationId) {
        return service.form(applicationId);
    }

    @GET
    @Path("/{applicationId}/attachments")
    @Operation(summary = "附件列表 / the attachments (photos, video, documents)",
            description = "application-service 的附件列表，原样返回；文件用“附件下载地址”取得。")
    @APIResponse(responseCode = "200", description = "application-service 的附件列表 / the attachments, as application-service answers",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY,
                    description = "application-service 的 AttachmentView：id, kind, kindLabel, fileName, state, contentType, "
                            + "sizeBytes, createdAt"),
                    examples = @ExampleObject(name = "attachments", ref = "caseAttachments")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public JsonNode attachments(@PathParam("applicationId") UUID applicationId) {
        return service.attachments(applicationId);
    }

    @GET
    @Path("/{applicationId}/attachments/{attachmentId}/download")
    @Operation(summary = "附件下载地址 / a short-lived download URL of an attachment",
            description = "application-service 签发的预签名 GET 地址（5分钟内有效），直接向对象存储下载。")
    @APIResponse(responseCode = "200", description = "下载地址 / the download URL",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT,
                    description = "application-service 的 Download：url（预签名地址）, expiresAt（UTC）"),
                    examples = @ExampleObject(name = "download", ref = "caseAttachmentDownload")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public JsonNode download(@PathParam("applicationId") UUID applicationId, @PathParam("attachmentId") UUID attachmentId) {
        return service.download(applicationId, attachmentId);
    }

    @GET
    @Path("/{applicationId}/printable")
    @Produces("application/pdf")
    @Operation(summary = "申报表 PDF / the printable form", description = "application-service 生成的申报表 PDF，原样返回。")
    @APIResponse(responseCode = "200", description = "申报表 PDF / the form as PDF",
            headers = @Header(name = "Content-Disposition", description = "inline; filename=\"shenbaobiao-<applicationId>.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public Response printable(@PathParam("applicationId") UUID applicationId) {
        return Response.ok(service.printable(applicationId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"shenbaobiao-" + applicationId + ".pdf\"").build();
    }
}
