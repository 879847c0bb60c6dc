package cn.studio.application.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A file of an application; PENDING until the stored object passed its checks, then STORED. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {
    public enum State { PENDING, STORED }

    @Id
    public UUID id;
    public UUID applicationId;
    @Enumerated(EnumType.STRING)
    public AttachmentKind kind;
    public String fileName;
    public String objectKey;
    @Enumerated(EnumType.STRING)
    public State state;
    public String contentType;
    public Long sizeBytes;
    public Instant createdAt;
    public Instant storedAt;
}
