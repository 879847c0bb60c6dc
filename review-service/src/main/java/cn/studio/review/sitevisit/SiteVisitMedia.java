package cn.studio.review.sitevisit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A photo or video of a site visit: pending until platform-media has checked it, then stored. */
@Entity
@Table(name = "site_visit_media")
public class SiteVisitMedia extends PanacheEntityBase {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "MediaState", description = "PENDING 待上传完成, STORED 已校验保存")
    public enum State { PENDING, STORED }

    @Id
    public UUID id;
    public UUID visitId;
    @Enumerated(EnumType.STRING)
    public SiteVisitMediaKind kind;
    public String fileName;
    @Enumerated(EnumType.STRING)
    public State state;
    public String storedKey;
    public String contentType;
    public Long sizeBytes;
    public String uploadedBy;
    public Instant createdAt;
    public Instant storedAt;

    String uploadKey() {
        return "site-visits/" + visitId + "/" + id;
    }
}
