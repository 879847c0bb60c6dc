package cn.studio.application.attachment;

import java.util.Set;

import static cn.studio.application.attachment.FileType.DOCX;
import static cn.studio.application.attachment.FileType.JPEG;
import static cn.studio.application.attachment.FileType.MP4;
import static cn.studio.application.attachment.FileType.PDF;
import static cn.studio.application.attachment.FileType.PNG;
import static cn.studio.application.attachment.FileType.QUICKTIME;
import static cn.studio.application.attachment.FileType.WEBM;
import static cn.studio.application.attachment.FileType.WEBP;

/** What an attachment is for, with its size limit and the real file types it may be; photos also have a count limit. */
public enum AttachmentKind {
    PHOTO("照片", 10, Set.of(JPEG, PNG, WEBP)),
    VIDEO("视频", 500, Set.of(MP4, QUICKTIME, WEBM)),
    RECOMMENDATION_LETTER("推荐材料", 20, Set.of(PDF, DOCX, JPEG, PNG, WEBP)),
    EQUIPMENT_LIST("设备清单", 20, Set.of(PDF, DOCX, JPEG, PNG, WEBP)),
    AWARD_MATERIAL("获奖材料", 20, Set.of(PDF, DOCX, JPEG, PNG, WEBP)),
    PUBLICITY("宣传材料", 20, Set.of(PDF, DOCX, JPEG, PNG, WEBP)),
    OTHER("其他", 20, Set.of(PDF, DOCX, JPEG, PNG, WEBP));

    /** 照片3-5张: fewer cannot be submitted, more cannot be uploaded. */
    public static final int MIN_PHOTOS = 3;
    public static final int MAX_PHOTOS = 5;

    public final String label;
    public final long maxBytes;
    public final Set<FileType> allowedTypes;

    AttachmentKind(String label, int maxMegabytes, Set<FileType> allowedTypes) {
        this.label = label;
        this.maxBytes = maxMegabytes * 1024L * 1024L;
        this.allowedTypes = allowedTypes;
    }
}
