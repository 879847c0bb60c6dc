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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/applications/{applicationId}/attachments")
@Tag(name = "attachments", description = "申报附件（照片、视频、推荐材料等）")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"applicant", "recommender", "union-admin", "commission"})
public class AttachmentResource {
    @Inject
    AttachmentService service;

    public record NewAttachment(@NotNull(message = "附件类型必填") AttachmentKind kind,
                                @NotBlank(message = "文件名必填") @Size(max = 200, message = "文件名不超过200字")
                                @Pattern(regexp = "[^/\\\\\\u0000-\\u001f]+", message = "文件名不能含路径或控制字符") String fileName) {
    }

    @POST
    @RolesAllowed("applicant")
    @Operation(summary = "申请上传地址 / get a presigned PUT URL (valid 15 minutes); then PUT the file and call complete")
    public Response start(@PathParam("applicationId") UUID applicationId, @Valid @NotNull(message = "请求体必填") NewAttachment request) {
        return Response.status(201).entity(service.start(applicationId, request.kind(), request.fileName())).build();
    }

    @POST
    @Path("{attachmentId}/complete")
    @RolesAllowed("applicant")
    @Operation(summary = "上传完成 / check the stored file (size, real type, photo count); a refused file is deleted")
    public AttachmentView complete(@PathParam("applicationId") UUID applicationId, @PathParam("attachmentId") UUID attachmentId) {
        return service.complete(applicationId, attachmentId);
    }

    @GET
    public List<AttachmentView> list(@PathParam("applicationId") UUID applicationId) {
        return service.list(applicationId);
    }

    @GET
    @Path("{attachmentId}/download")
    @Operation(summary = "下载地址 / a presigned GET URL valid 5 minutes")
    public AttachmentService.Download download(@PathParam("applicationId") UUID applicationId, @PathParam("attachmentId") UUID attachmentId) {
        return service.download(applicationId, attachmentId);
    }

    @DELETE
    @Path("{attachmentId}")
    @RolesAllowed("applicant")
    public Response delete(@PathParam("applicationId") UUID applicationId, @PathParam("attachmentId") UUID attachmentId) {
        service.delete(applicationId, attachmentId);
        return Response.noContent().build();
    }
}
