package cn.studio.application.attachment;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentView(UUID id, AttachmentKind kind, String kindLabel, String fileName, Attachment.State state,
                             String contentType, Long sizeBytes, Instant createdAt, String uploadUrl,
                             Instant uploadExpiresAt) {
    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.kind, a.kind.label, a.fileName, a.state, a.contentType, a.sizeBytes,
                a.createdAt, null, null);
    }

    AttachmentView withUpload(String url, Instant expiresAt) {
        return new AttachmentView(id, kind, kindLabel, fileName, state, contentType, sizeBytes, createdAt, url, expiresAt);
    }
}
