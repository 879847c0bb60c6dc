package cn.studio.application.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/**
 * Attachments: the file goes straight to the object store by a presigned URL. Errors every operation shares are
 * documented by platform/web; the annotations add this service's own answers and examples (resources/openapi/).
 */
@Path("/api/v1/applications/{applicationId}/attachments")
@Tag(name = "attachments", description = "申报附件（照片、视频、推荐材料等）")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"applicant", "recommender", "union-admin", "commission", "service"})
public class AttachmentResource {
    static final String NOT_EDITABLE = "`APPLICATION_NOT_EDITABLE` 申报已提交，只有草稿或已退回的可修改附件";
    static final String STORE_DOWN = "`OBJECT_STORE_UNAVAILABLE` 文件存储暂不可用，稍后重试 / the object store is unreachable";

    @Inject
    AttachmentService service;

    @Schema(description = "要上传的附件 / the attachment to upload")
    public record NewAttachment(@Schema(description = AttachmentView.KINDS) @NotNull(message = "附件类型必填") AttachmentKind kind,
                                @Schema(description = "文件名，不含路径 / file name without a path", examples = "工作室全景.jpg")
                                @NotBlank(message = "文件名必填") @Size(max = 200, message = "文件名不超过200字")
                                @Pattern(regexp = "[^/\\\\\\u0000-\\u001f]+", message = "文件名不能含路径或控制字符") String fileName) {
    }

    @POST
    @RolesAllowed("applicant")
    @Operation(summary = "申请上传地址 / get a presigned PUT URL (valid 15 minutes); then PUT the file and call complete")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewAttachment.class),
            examples = @ExampleObject(name = "photo", ref = "newAttachment")))
    @APIResponse(responseCode = "201", description = "待上传的附件，含上传地址 / the pending attachment with its upload URL",
            content = @Content(schema = @Schema(implementation = AttachmentView.class),
                    examples = @ExampleObject(name = "pending", ref = "attachmentPending")))
    @APIResponse(responseCode = "409", description = NOT_EDITABLE + "；`PHOTO_LIMIT` 照片已有5张；`TOO_MANY_PENDING_UPLOADS` "
            + "已有20个上传未完成（完成、删除或等其过期后再试）",
            content = @Content(examples = @ExampleObject(name = "PHOTO_LIMIT", ref = "photoLimit")))
    @APIResponse(responseCode = "503", description = STORE_DOWN)
    public Response start(@PathParam("applicationId") UUID applicationId, @Valid @NotNull(message = "请求体必填") NewAttachment request) {
        return Response.status(201).entity(service.start(applicationId, request.kind(), request.fileName())).build();
    }

    @POST
    @Path("{attachmentId}/complete")
    @RolesAllowed("applicant")
    @Operation(summary = "上传完成 / check the stored file (size, real type by content and structure, photo count); a refused "
            + "file is deleted. The checked file is copied where no upload URL reaches: a later PUT to the old URL changes nothing")
    @APIResponse(responseCode = "200", description = "已检查并计入 / checked and counted",
            content = @Content(schema = @Schema(implementation = AttachmentView.class),
                    examples = @ExampleObject(name = "stored", ref = "attachmentStored")))
    @APIResponse(responseCode = "409", description = NOT_EDITABLE + "；`UPLOAD_NOT_FOUND` 尚未上传文件；`PHOTO_LIMIT` "
            + "照片已满5张，此照片未计入并已删除")
    @APIResponse(responseCode = "422", description = "文件不符合要求，已删除 / refused and deleted: `ATTACHMENT_EMPTY` 空文件；"
            + "`ATTACHMENT_TOO_LARGE` 照片 ≤10 MB、视频 ≤500 MB、其他 ≤20 MB；`ATTACHMENT_TYPE_MISMATCH` 按文件头识别的"
            + "实际类型不在允许之列；`ATTACHMENT_MALFORMED` 文件头像允许的类型，但内容不是有效的该类型文件（PDF 无法解析、图片无法解码、"
            + "视频容器结构无效、DOCX 不是 Word 文档）",
            content = @Content(examples = @ExampleObject(name = "ATTACHMENT_TYPE_MISMATCH", ref = "attachmentTypeMismatch")))
    @APIResponse(responseCode = "503", description = STORE_DOWN)
    public AttachmentView complete(@PathParam("applicationId") UUID applicationId, @PathParam("attachmentId") UUID attachmentId) {
        return service.complete(applicationId, attachmentId);
    }

    @GET
    @Operation(summary = "附件列表 / the application's attachments")
    @APIResponse(responseCode = "200", description = "附件，按上传先后 / attachments, oldest first",
            content = @Content(schema = @Schema(implementation = AttachmentView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "attachments", ref = "attachmentList")))
    public List<AttachmentView> list(@PathParam("applicationId") UUID applicationId) {
        return service.list(applicationId);
    }

    @GET
    @Path("{attachmentId}/download")
    @Operation(summary = "下载地址 / a presigned GET URL valid 5 minutes, of the checked file, served as its real type and as a download")
    @APIResponse(responseCode = "200", description = "下载地址 / the download URL",
            content = @Content(schema = @Schema(implementation = AttachmentService.Download.class),
                    examples = @ExampleObject(name = "download", ref = "download")))
    @APIResponse(responseCode = "503", description = STORE_DOWN)
    public AttachmentService.Download download(@PathParam("applicationId") UUID applicationId, @PathParam("attachmentId") UUID attachmentId) {
        return service.download(applicationId, attachmentId);
    }

    @DELETE
    @Path("{attachmentId}")
    @RolesAllowed("applicant")
    @Operation(summary = "删除附件 / delete an attachment while the application is editable")
    @APIResponse(responseCode = "204", description = "已删除 / deleted")
    @APIResponse(responseCode = "409", description = NOT_EDITABLE)
    @APIResponse(responseCode = "503", description = STORE_DOWN)
    public Response delete(@PathParam("applicationId") UUID applicationId, @PathParam("attachmentId") UUID attachmentId) {
        service.delete(applicationId, attachmentId);
        return Response.noContent().build();
    }
}
