package cn.studio.lifecycle.register;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "摘牌通报 / a public delisting notice")
public record PublicNotice(UUID id, UUID studioId, @Schema(description = "工作室") String namedTitle,
                           @Schema(description = "所在单位") String unitName,
                           @Schema(description = "通报标题") String title,
                           @Schema(description = "通报正文（zh-CN）") String body,
                           @Schema(description = "发布时间（北京时间）") OffsetDateTime publishedAt) {
}
