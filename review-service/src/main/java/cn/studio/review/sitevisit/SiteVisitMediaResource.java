package cn.studio.review.sitevisit;

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

/**
 * Photos and videos of a site visit: presigned upload, checked completion, short-lived download. Shared errors (401,
 * 403, 404 on the visit, 400 on a body, 500) come from platform/web; a visit the caller may not see, or may not upload
 * to (not a visitor), answers 404. Examples in resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/site-visits/{visitId}/media")
@Tag(name = "site-visits", description = "实地考察")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission", "reviewer"})
public class SiteVisitMediaResource {
    static final String LIMITS = "`SITE_VISIT_PHOTO_LIMIT` 现场照片最多30张；`SITE_VISIT_VIDEO_LIMIT` 现场视频最多3个";
    static final String STORE_DOWN = "`OBJECT_STORE_UNAVAILABLE` 文件存储暂不可用，请稍后重试";

    @Inject
    SiteVisitMediaService service;

    @Schema(description = "要上传的文件 / the file to upload")
    public record NewMedia(@Schema(description = "PHOTO 现场照片（JPEG/PNG/WebP，≤15MB，≤30张）, VIDEO 现场视频（MP4/MOV/WebM，≤500MB，≤3个）")
                           @NotNull(message = "类型必填") SiteVisitMediaKind kind,
                           @Schema(description = "文件名（下载时沿用）", examples = "车间全景.jpg") @NotBlank(message = "文件名必填") @Size(max = 200, message = "文件名不超过200字") String fileName) {
    }

    @POST
    @RolesAllowed({"union-admin", "reviewer"})
    @Operation(summary = "开始上传 / start an upload",
            description = "返回预签名上传地址（15分钟内有效，PUT 文件本身），及大小上限和可接受的类型；上传后调用 complete 校验。"
                    + "考察人员或区总工会。")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewMedia.class),
            examples = @ExampleObject(name = "photo", ref = "siteVisitMediaRequest")))
    @APIResponse(responseCode = "201", description = "上传地址 / where to PUT the file",
            content = @Content(schema = @Schema(implementation = SiteVisitMediaService.Upload.class),
                    examples = @ExampleObject(name = "upload", ref = "siteVisitMediaUpload")))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 考察不存在，或调用者不是其考察人员 / no such visit for the caller")
    @APIResponse(responseCode = "409", description = LIMITS + "；`TOO_MANY_PENDING_UPLOADS` 未完成的上传过多，请先完成、删除或等其过期；"
            + "`ROUND_CLOSED` 评审轮次已结束",
            content = @Content(examples = @ExampleObject(name = "SITE_VISIT_PHOTO_LIMIT", ref = "siteVisitPhotoLimit")))
    public Response start(@PathParam("visitId") UUID visitId, @Valid @NotNull(message = "请求体必填") NewMedia body) {
        return Response.status(201).entity(service.start(visitId, body.kind(), body.fileName())).build();
    }

    @POST
    @Path("/{mediaId}/complete")
    @RolesAllowed({"union-admin", "reviewer"})
    @Operation(summary = "完成上传并校验 / complete and check",
            description = "按内容校验类型与结构，通过后计入并保存为校验过的副本（此后上传地址再写入也不会被提供下载）；不通过的文件已删除。")
    @APIResponse(responseCode = "200", description = "已检查并计入 / checked and counted",
            content = @Content(schema = @Schema(implementation = SiteVisitMediaService.MediaView.class),
                    examples = @ExampleObject(name = "stored", ref = "siteVisitMediaStored")))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 考察或文件不存在，或调用者不是其考察人员 / no such upload for the caller")
    @APIResponse(responseCode = "409", description = "`UPLOAD_NOT_FOUND` 尚未上传文件；`MEDIA_ALREADY_STORED` 已上传完成；" + LIMITS
            + "（此文件未计入并已删除）；`ROUND_CLOSED` 评审轮次已结束",
            content = @Content(examples = @ExampleObject(name = "UPLOAD_NOT_FOUND", ref = "siteVisitUploadNotFound")))
    @APIResponse(responseCode = "422", description = "文件不符合要求，已删除 / refused and deleted: `ATTACHMENT_EMPTY` 空文件；"
            + "`ATTACHMENT_TOO_LARGE` 照片 ≤15 MB、视频 ≤500 MB；`ATTACHMENT_TYPE_MISMATCH` 实际类型不在允许之列（照片 JPEG/PNG/WebP，"
            + "视频 MP4/MOV/WebM）；`ATTACHMENT_MALFORMED` 文件头像允许的类型，但内容不是有效的该类型文件",
            content = @Content(examples = @ExampleObject(name = "ATTACHMENT_TYPE_MISMATCH", ref = "siteVisitMediaTypeMismatch")))
    @APIResponse(responseCode = "503", description = STORE_DOWN,
            content = @Content(examples = @ExampleObject(name = "OBJECT_STORE_UNAVAILABLE", ref = "objectStoreUnavailable")))
    public SiteVisitMediaService.MediaView complete(@PathParam("visitId") UUID visitId, @PathParam("mediaId") UUID mediaId) {
        return service.complete(visitId, mediaId);
    }

    @GET
    @Operation(summary = "考察照片和视频 / the visit's media", description = "按上传时间，含未完成的上传（state PENDING）。")
    @APIResponse(responseCode = "200", description = "照片和视频 / the media",
            content = @Content(schema = @Schema(implementation = SiteVisitMediaService.MediaView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "media", ref = "siteVisitMediaList")))
    public List<SiteVisitMediaService.MediaView> list(@PathParam("visitId") UUID visitId) {
        return service.list(visitId);
    }

    @GET
    @Path("/{mediaId}/download")
    @Operation(summary = "下载地址（短时有效）/ a short-lived download URL",
            description = "校验过的副本的预签名 GET 地址（5分钟内有效），按实际类型作为附件下载。")
    @APIResponse(responseCode = "200", description = "下载地址 / the download URL",
            content = @Content(schema = @Schema(implementation = PresignedDownload.class),
                    examples = @ExampleObject(name = "download", ref = "siteVisitMediaDownload")))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 考察或文件不存在、尚未上传完成，或调用者无权查看 / no such stored file for the caller")
    public PresignedDownload download(@PathParam("visitId") UUID visitId, @PathParam("mediaId") UUID mediaId) {
        return service.download(visitId, mediaId);
    }

    @DELETE
    @Path("/{mediaId}")
    @RolesAllowed({"union-admin", "reviewer"})
    @Operation(summary = "删除 / delete", description = "删除照片、视频或未完成的上传，连同存储的文件。")
    @APIResponse(responseCode = "204", description = "已删除 / deleted")
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 考察或文件不存在，或调用者不是其考察人员 / no such file for the caller")
    @APIResponse(responseCode = "409", description = "`ROUND_CLOSED` 评审轮次已结束，不能再修改")
    @APIResponse(responseCode = "503", description = STORE_DOWN)
    public Response delete(@PathParam("visitId") UUID visitId, @PathParam("mediaId") UUID mediaId) {
        service.delete(visitId, mediaId);
        return Response.noContent().build();
    }
}
