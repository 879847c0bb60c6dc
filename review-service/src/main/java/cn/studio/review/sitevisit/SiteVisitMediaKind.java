package cn.studio.review.sitevisit;

import cn.studio.platform.media.MediaKind;

import static cn.studio.platform.media.FileType.JPEG;
import static cn.studio.platform.media.FileType.MP4;
import static cn.studio.platform.media.FileType.PNG;
import static cn.studio.platform.media.FileType.QUICKTIME;
import static cn.studio.platform.media.FileType.WEBM;
import static cn.studio.platform.media.FileType.WEBP;

/** What visitors may upload of a site visit, with the platform's checks: photos from a phone camera, short videos. */
public enum SiteVisitMediaKind {
    PHOTO(MediaKind.of("PHOTO", "现场照片", 15, JPEG, PNG, WEBP).atMost(30, "SITE_VISIT_PHOTO_LIMIT")),
    VIDEO(MediaKind.of("VIDEO", "现场视频", 500, MP4, QUICKTIME, WEBM).atMost(3, "SITE_VISIT_VIDEO_LIMIT"));

    public final MediaKind media;

    SiteVisitMediaKind(MediaKind media) {
        this.media = media;
    }
}
