package cn.studio.lifecycle.attachment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "附件 / an attachment")
public record AttachmentView(UUID id,
                             @Schema(description = "PHOTO=照片, VIDEO=视频, DOCUMENT=文档") AttachmentKind kind,
                             String kindLabel, String fileName,
                             @Schema(description = "PENDING=待上传完成, STORED=已校验保存, RETIRED=已从报告移除、仅存于历史版本") Attachment.State state,
                             @Schema(nullable = true, description = "按内容识别的类型") String contentType,
                             @Schema(nullable = true) Long sizeBytes, String uploadedBy,
                             @Schema(nullable = true) Instant storedAt) {
    public static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.kind, a.kind.media.label(), a.fileName, a.state, a.contentType, a.sizeBytes,
                a.uploadedBy, a.storedAt);
    }
}
