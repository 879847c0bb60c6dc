package cn.studio.lifecycle.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A file of a report or a result: pending until platform-media has checked it, then stored under a key no client can
 * write; retired when removed from its owner while an earlier submitted version still names it (kept, still served).
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {
    public enum State { PENDING, STORED, RETIRED }

    @Id
    public UUID id;
    /** {@code REPORT} or {@code RESULT}. */
    public String ownerType;
    public UUID ownerId;
    public UUID studioId;
    @Enumerated(EnumType.STRING)
    public AttachmentKind kind;
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
        return "studios/" + studioId + "/" + ownerType.toLowerCase(java.util.Locale.ROOT) + "s/" + ownerId + "/" + id;
    }
}
