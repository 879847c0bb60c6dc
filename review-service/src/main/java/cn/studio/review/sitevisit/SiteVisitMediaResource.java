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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Photos and videos of a site visit: presigned upload, checked completion, short-lived download. */
@Path("/api/v1/reviews/site-visits/{visitId}/media")
@Tag(name = "site-visits", description = "实地考察")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission", "reviewer"})
public class SiteVisitMediaResource {
    @Inject
    SiteVisitMediaService service;

    @Schema(description = "要上传的文件 / the file to upload")
    public record NewMedia(@Schema(description = "PHOTO 现场照片（JPEG/PNG/WebP，≤15MB，≤30张）, VIDEO 现场视频（MP4/MOV/WebM，≤500MB，≤3个）")
                           @NotNull(message = "类型必填") SiteVisitMediaKind kind,
                           @Schema(description = "文件名") @NotBlank(message = "文件名必填") @Size(max = 200, message = "文件名不超过200字") String fileName) {
    }

    @POST
    @RolesAllowed({"union-admin", "reviewer"})
    @Operation(summary = "开始上传 / start an upload",
            description = "返回预签名上传地址（PUT 文件本身）；上传后调用 complete 校验。考察人员或区总工会。409: SITE_VISIT_PHOTO_LIMIT, "
                    + "SITE_VISIT_VIDEO_LIMIT, TOO_MANY_PENDING_UPLOADS, ROUND_CLOSED。")
    public Response start(@PathParam("visitId") UUID visitId, @Valid @NotNull(message = "请求体必填") NewMedia body) {
        return Response.status(201).entity(service.start(visitId, body.kind(), body.fileName())).build();
    }

    @POST
    @Path("/{mediaId}/complete")
    @RolesAllowed({"union-admin", "reviewer"})
    @Operation(summary = "完成上传并校验 / complete and check",
            description = "按内容校验类型与结构；422: ATTACHMENT_EMPTY, ATTACHMENT_TOO_LARGE, ATTACHMENT_TYPE_MISMATCH, "
                    + "ATTACHMENT_MALFORMED；409: UPLOAD_NOT_FOUND, MEDIA_ALREADY_STORED；503: OBJECT_STORE_UNAVAILABLE。")
    public SiteVisitMediaService.MediaView complete(@PathParam("visitId") UUID visitId, @PathParam("mediaId") UUID mediaId) {
        return service.complete(visitId, mediaId);
    }

    @GET
    @Operation(summary = "考察照片和视频 / the visit's media")
    public List<SiteVisitMediaService.MediaView> list(@PathParam("visitId") UUID visitId) {
        return service.list(visitId);
    }

    @GET
    @Path("/{mediaId}/download")
    @Operation(summary = "下载地址（短时有效）/ a short-lived download URL")
    public PresignedDownload download(@PathParam("visitId") UUID visitId, @PathParam("mediaId") UUID mediaId) {
        return service.download(visitId, mediaId);
    }

    @DELETE
    @Path("/{mediaId}")
    @RolesAllowed({"union-admin", "reviewer"})
    @Operation(summary = "删除 / delete")
    public Response delete(@PathParam("visitId") UUID visitId, @PathParam("mediaId") UUID mediaId) {
        service.delete(visitId, mediaId);
        return Response.noContent().build();
    }
}
