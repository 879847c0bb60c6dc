package cn.studio.lifecycle.result;

import cn.studio.lifecycle.attachment.AttachmentKind;
import cn.studio.lifecycle.attachment.AttachmentService;
import cn.studio.lifecycle.attachment.AttachmentView;
import cn.studio.platform.media.PresignedDownload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A result's evidence (photos, videos, documents): presigned upload, checked completion, short-lived download (platform-media). */
@Path("/api/v1/studios/{id}/results/{resultId}/evidence")
@Tag(name = "results", description = "创新成果")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission", "recommender", "studio"})
public class ResultEvidenceResource {
    static final String CHANGE = "`STUDIO_DELISTED` 工作室已摘牌";

    @Inject
    AttachmentService attachments;
    @Inject
    ResultService results;

    @Schema(description = "要上传的文件 / the file to upload")
    public record NewAttachment(@Schema(description = "PHOTO 照片（JPEG/PNG/WebP，≤10MB，≤20张），VIDEO 视频（MP4/MOV/WebM，≤500MB，≤3个），"
            + "DOCUMENT 文档（PDF/DOCX，≤20MB，≤10份）") @NotNull(message = "类型必填") AttachmentKind kind,
                                @Schema(description = "文件名", examples = "一季度技术攻关现场.jpg")
                                @NotBlank(message = "文件名必填") @Size(max = 200, message = "文件名不超过200字") String fileName) {
    }

    @POST
    @RolesAllowed("studio")
    @Operation(summary = "开始上传 / start an upload", description = "返回预签名上传地址（PUT 文件本身），上传后调用 complete 校验。")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewAttachment.class),
            examples = @ExampleObject(name = "photo", ref = "newAttachment")))
    @APIResponse(responseCode = "201", description = "上传地址 / where to PUT the file", content = @Content(
            schema = @Schema(implementation = AttachmentService.Upload.class), examples = @ExampleObject(name = "upload", ref = "attachmentUpload")))
    @APIResponse(responseCode = "409", description = CHANGE + "；`PHOTO_LIMIT`、`VIDEO_LIMIT`、`DOCUMENT_LIMIT` 已达数量上限；"
            + "`TOO_MANY_PENDING_UPLOADS` 待完成的上传过多")
    public Response start(@PathParam("id") UUID id, @PathParam("resultId") UUID resultId,
                          @Valid @NotNull(message = "请求体必填") NewAttachment body) {
        return Response.status(201).entity(attachments.start(results, id, resultId, body.kind(), body.fileName())).build();
    }

    @POST
    @Path("/{attachmentId}/complete")
    @RolesAllowed("studio")
    @Operation(summary = "完成上传并校验 / complete and check", description = "按内容校验类型与结构；只有校验通过的文件才作为证明材料。")
    @APIResponse(responseCode = "200", description = "已保存 / stored", content = @Content(
            schema = @Schema(implementation = AttachmentView.class), examples = @ExampleObject(name = "stored", ref = "attachmentStored")))
    @APIResponse(responseCode = "409", description = CHANGE + "；`UPLOAD_NOT_FOUND` 尚未上传；`ATTACHMENT_ALREADY_STORED` 已完成；数量上限")
    @APIResponse(responseCode = "422", description = "`ATTACHMENT_EMPTY`、`ATTACHMENT_TOO_LARGE`、`ATTACHMENT_TYPE_MISMATCH`、`ATTACHMENT_MALFORMED`（文件已删除）")
    @APIResponse(responseCode = "503", description = "`OBJECT_STORE_UNAVAILABLE` 存储暂不可用，请重试 complete")
    public AttachmentView complete(@PathParam("id") UUID id, @PathParam("resultId") UUID resultId,
                                   @PathParam("attachmentId") UUID attachmentId) {
        return attachments.complete(results, id, resultId, attachmentId);
    }

    @GET
    @Operation(summary = "成果的证明材料 / the result's evidence")
    @APIResponse(responseCode = "200", description = "已校验的附件 / checked files", content = @Content(
            schema = @Schema(implementation = AttachmentView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "files", ref = "attachmentList")))
    public List<AttachmentView> list(@PathParam("id") UUID id, @PathParam("resultId") UUID resultId) {
        return attachments.list(results, id, resultId);
    }

    @GET
    @Path("/{attachmentId}/download")
    @Operation(summary = "下载地址（短时有效）/ a short-lived download URL")
    @APIResponse(responseCode = "200", description = "下载地址 / the URL", content = @Content(
            schema = @Schema(implementation = PresignedDownload.class), examples = @ExampleObject(name = "download", ref = "attachmentDownload")))
    public PresignedDownload download(@PathParam("id") UUID id, @PathParam("resultId") UUID resultId,
                                      @PathParam("attachmentId") UUID attachmentId) {
        return attachments.download(results, id, resultId, attachmentId);
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed("studio")
    @Operation(summary = "删除附件 / delete")
    @APIResponse(responseCode = "204", description = "已删除 / deleted")
    @APIResponse(responseCode = "409", description = CHANGE)
    public Response delete(@PathParam("id") UUID id, @PathParam("resultId") UUID resultId,
                           @PathParam("attachmentId") UUID attachmentId) {
        attachments.delete(results, id, resultId, attachmentId);
        return Response.noContent().build();
    }
}
