package cn.studio.application.attachment;

import cn.studio.platform.media.MediaKind;

import static cn.studio.platform.media.FileType.DOCX;
import static cn.studio.platform.media.FileType.JPEG;
import static cn.studio.platform.media.FileType.MP4;
import static cn.studio.platform.media.FileType.PDF;
import static cn.studio.platform.media.FileType.PNG;
import static cn.studio.platform.media.FileType.QUICKTIME;
import static cn.studio.platform.media.FileType.WEBM;
import static cn.studio.platform.media.FileType.WEBP;

/**
 * What an attachment is for; each declares its platform-media rules (size limit, real file types, count limit), which
 * the platform enforces when the upload is completed.
 */
public enum AttachmentKind {
    PHOTO(MediaKind.of("PHOTO", "照片", 10, JPEG, PNG, WEBP).atMost(AttachmentKind.MAX_PHOTOS, "PHOTO_LIMIT")),
    VIDEO(MediaKind.of("VIDEO", "视频", 500, MP4, QUICKTIME, WEBM)),
    RECOMMENDATION_LETTER(document("RECOMMENDATION_LETTER", "推荐材料")),
    EQUIPMENT_LIST(document("EQUIPMENT_LIST", "设备清单")),
    AWARD_MATERIAL(document("AWARD_MATERIAL", "获奖材料")),
    PUBLICITY(document("PUBLICITY", "宣传材料")),
    OTHER(document("OTHER", "其他"));

    /** 照片3-5张: fewer cannot be submitted, more cannot be uploaded. */
    public static final int MIN_PHOTOS = 3;
    public static final int MAX_PHOTOS = 5;

    public final MediaKind media;
    public final String label;

    AttachmentKind(MediaKind media) {
        this.media = media;
        this.label = media.label();
    }

    private static MediaKind document(String name, String label) {
        return MediaKind.of(name, label, 20, PDF, DOCX, JPEG, PNG, WEBP);
    }
}
