package cn.studio.application.attachment;

import cn.studio.platform.media.CheckedMedia;
import cn.studio.platform.media.FileType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A file of an application; PENDING until the uploaded object passed its checks, then STORED with the key of its
 * checked copy ({@link #storedKey}), the only object ever served.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(name = Attachment.COUNT_PER_KIND, query = "select a.kind, count(a) from Attachment a"
        + " where a.applicationId = ?1 and a.state = ?2 group by a.kind")
@NamedQuery(name = Attachment.COUNT_OF_KIND, query = "select count(a) from Attachment a"
        + " where a.applicationId = ?1 and a.kind = ?2 and a.state = ?3")
@NamedQuery(name = Attachment.COUNT_IN_STATE, query = "select count(a) from Attachment a"
        + " where a.applicationId = ?1 and a.state = ?2")
public class Attachment extends PanacheEntityBase {
    /** (kind, count) rows of an application's attachments in a state: ?1 application id, ?2 state. */
    public static final String COUNT_PER_KIND = "Attachment.countPerKind";
    /** The count of an application's attachments of one kind in a state: ?1 application id, ?2 kind, ?3 state. */
    public static final String COUNT_OF_KIND = "Attachment.countOfKind";
    /** The count of an application's attachments in a state: ?1 application id, ?2 state. */
    public static final String COUNT_IN_STATE = "Attachment.countInState";

    public enum State { PENDING, STORED }

    @Id
    public UUID id;
    public UUID applicationId;
    @Enumerated(EnumType.STRING)
    public AttachmentKind kind;
    public String fileName;
    /** The service's name for the file; the client uploads to the platform's upload key derived from it. */
    public String objectKey;
    /** The checked copy's key, once STORED. */
    public String storedKey;
    @Enumerated(EnumType.STRING)
    public State state;
    public String contentType;
    public Long sizeBytes;
    public Instant createdAt;
    public Instant storedAt;

    /** The checked file behind a STORED attachment. */
    CheckedMedia checked() {
        return new CheckedMedia(storedKey, FileType.ofMediaType(contentType)
                .orElseThrow(() -> new IllegalStateException("attachment " + id + " has no checked type")), sizeBytes);
    }

    void store(CheckedMedia media, Instant at) {
        state = State.STORED;
        storedKey = media.key();
        contentType = media.type().mediaType;
        sizeBytes = media.sizeBytes();
        storedAt = at;
    }
}
