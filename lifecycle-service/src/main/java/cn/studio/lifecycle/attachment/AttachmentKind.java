package cn.studio.lifecycle.attachment;

import cn.studio.platform.media.MediaKind;

import static cn.studio.platform.media.FileType.DOCX;
import static cn.studio.platform.media.FileType.JPEG;
import static cn.studio.platform.media.FileType.MP4;
import static cn.studio.platform.media.FileType.PDF;
import static cn.studio.platform.media.FileType.PNG;
import static cn.studio.platform.media.FileType.QUICKTIME;
import static cn.studio.platform.media.FileType.WEBM;
import static cn.studio.platform.media.FileType.WEBP;

/** What a report or a result may carry (platform-media kinds as data): photos, videos, documents, each with its limit. */
public enum AttachmentKind {
    PHOTO(MediaKind.of("PHOTO", "照片", 10, JPEG, PNG, WEBP).atMost(20, "PHOTO_LIMIT")),
    VIDEO(MediaKind.of("VIDEO", "视频", 500, MP4, QUICKTIME, WEBM).atMost(3, "VIDEO_LIMIT")),
    DOCUMENT(MediaKind.of("DOCUMENT", "文档", 20, PDF, DOCX).atMost(10, "DOCUMENT_LIMIT"));

    public final MediaKind media;

    AttachmentKind(MediaKind media) {
        this.media = media;
    }
}
