package cn.studio.application.attachment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "一个附件；为空的字段不出现 / an attachment; empty fields are left out")
public record AttachmentView(
        @Schema(description = "附件 id") UUID id,
        @Schema(description = AttachmentView.KINDS) AttachmentKind kind,
        @Schema(description = "类型的中文名称 / the kind's zh-CN label", examples = "照片") String kindLabel,
        @Schema(description = "文件名 / file name", examples = "工作室全景.jpg") String fileName,
        @Schema(description = "PENDING=待上传/待检查, STORED=已通过检查并计入 / waiting for the file, or checked and counted")
        Attachment.State state,
        @Schema(description = "按文件头识别的实际类型（STORED 后）/ the real type, by magic bytes", examples = "image/jpeg")
        String contentType,
        @Schema(description = "大小（字节）/ size in bytes", examples = "2483712") Long sizeBytes,
        @Schema(description = "创建时间 (UTC)") Instant createdAt,
        @Schema(description = "预签名上传地址：用 HTTP PUT 上传文件本身，15分钟内有效；仅在申请上传时返回 / presigned PUT URL "
                + "(15 min), only in the answer to the upload request") String uploadUrl,
        @Schema(description = "上传地址的失效时间 (UTC) / when uploadUrl expires") Instant uploadExpiresAt) {

    /** The kinds with their labels and limits, for the documentation. */
    static final String KINDS = "附件类型 / kind: PHOTO=照片（JPEG/PNG/WebP，≤10 MB，3–5张）, VIDEO=视频（MP4/QuickTime/WebM，"
            + "≤500 MB）, RECOMMENDATION_LETTER=推荐材料, EQUIPMENT_LIST=设备清单, AWARD_MATERIAL=获奖材料, "
            + "PUBLICITY=宣传材料, OTHER=其他（以上均为 PDF/DOCX/图片，≤20 MB）";

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.kind, a.kind.label, a.fileName, a.state, a.contentType, a.sizeBytes,
                a.createdAt, null, null);
    }

    AttachmentView withUpload(String url, Instant expiresAt) {
        return new AttachmentView(id, kind, kindLabel, fileName, state, contentType, sizeBytes, createdAt, url, expiresAt);
    }
}
