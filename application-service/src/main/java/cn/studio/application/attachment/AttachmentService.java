package cn.studio.application.attachment;

import cn.studio.platform.media.CheckedMedia;
import cn.studio.platform.media.MediaChecks;
import cn.studio.platform.media.MediaProblems;
import cn.studio.platform.media.MediaStore;
import cn.studio.platform.media.PresignedDownload;
import cn.studio.platform.media.PresignedUpload;
import cn.studio.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Uploads go straight from the client to the object store by presigned PUT; completion has platform-media check the
 * stored object (size, real type, structure) on a copy no client can write, then counts it. Everything that changes
 * what an application holds — start, complete's recording, delete — and the submission hold the application's row
 * lock ({@link ApplicationGate#requireEditable}), so parallel requests cannot together pass a limit each checks alone.
 * Rows change by conditional statements, so one the sweep removed meanwhile is a 404, never a stale-state error.
 */
@ApplicationScoped
public class AttachmentService {
    @Inject
    MediaStore store;

    @Inject
    MediaChecks checks;

    @Inject
    ApplicationGate gate;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional
    public AttachmentView start(UUID applicationId, AttachmentKind kind, String fileName) {
        gate.requireEditable(applicationId);
        kind.media.requireRoom(count(applicationId, kind));
        checks.requirePendingRoom(em.createNamedQuery(Attachment.COUNT_IN_STATE, Long.class)
                .setParameter(1, applicationId).setParameter(2, Attachment.State.PENDING).getSingleResult());
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.applicationId = applicationId;
        a.kind = kind;
        a.fileName = fileName.strip();
        a.objectKey = "applications/" + applicationId + "/" + a.id;
        a.state = Attachment.State.PENDING;
        a.createdAt = clock.instant();
        a.persist();
        PresignedUpload upload = store.presignUpload(a.objectKey, kind.media);
        return AttachmentView.of(a).withUpload(upload.url(), upload.expiresAt());
    }

    /**
     * Checks the uploaded object, then counts it. Not one transaction: the check reads the object from the store
     * (seconds for a video) without holding the lock, and a refusal must delete for good and still answer 422.
     */
    public AttachmentView complete(UUID applicationId, UUID attachmentId) {
        Attachment pending = QuarkusTransaction.requiringNew().call(() -> {
            gate.requireEditable(applicationId);
            return find(applicationId, attachmentId);
        });
        if (pending.state == Attachment.State.STORED) {
            return AttachmentView.of(pending);
        }
        CheckedMedia checked;
        try {
            checked = checks.verify(pending.objectKey, pending.kind.media);
        } catch (MediaProblems.Refused refused) {
            QuarkusTransaction.requiringNew().run(() -> Attachment.delete("id = ?1 and state = ?2", attachmentId,
                    Attachment.State.PENDING));
            throw refused;
        } catch (ProblemException e) {
            if (e.code().equals(MediaProblems.UPLOAD_NOT_FOUND)) {
                // a parallel completion of the same upload may have checked and recorded it meanwhile
                Attachment now = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment>findById(attachmentId));
                if (now != null && now.state == Attachment.State.STORED) {
                    return AttachmentView.of(now);
                }
            }
            throw e;
        }
        try {
            Attachment row = QuarkusTransaction.requiringNew().call(() -> record(applicationId, attachmentId, checked));
            if (!checked.key().equals(row.storedKey)) {
                store.remove(checked); // a parallel completion of the same upload was recorded first
            }
            store.removeUpload(pending.objectKey);
            return AttachmentView.of(row);
        } catch (RuntimeException e) {
            store.remove(checked); // not recorded: nothing may keep a checked file no row points to
            if (e instanceof ProblemException p && p.code().equals(pending.kind.media.countLimitCode())) {
                QuarkusTransaction.requiringNew().run(() -> Attachment.delete("id = ?1 and state = ?2", attachmentId,
                        Attachment.State.PENDING));
            }
            throw e;
        }
    }

    private Attachment record(UUID applicationId, UUID attachmentId, CheckedMedia checked) {
        gate.requireEditable(applicationId);
        Attachment row = find(applicationId, attachmentId);
        if (row.state == Attachment.State.STORED) {
            return row;
        }
        row.kind.media.requireRoom(count(applicationId, row.kind));
        em.detach(row);
        row.store(checked, clock.instant());
        if (Attachment.update("state = ?1, storedKey = ?2, contentType = ?3, sizeBytes = ?4, storedAt = ?5"
                + " where id = ?6 and state = ?7", row.state, row.storedKey, row.contentType, row.sizeBytes, row.storedAt,
                row.id, Attachment.State.PENDING) == 0) {
            throw ProblemException.notFound("附件"); // swept meanwhile
        }
        return row;
    }

    @Transactional
    public List<AttachmentView> list(UUID applicationId) {
        gate.requireVisible(applicationId);
        return Attachment.<Attachment>list("applicationId = ?1 order by createdAt", applicationId).stream()
                .map(AttachmentView::of).toList();
    }

    public record Download(String url, Instant expiresAt) {
    }

    /** A presigned GET of the checked copy, answered with its real type as a download. */
    @Transactional
    public Download download(UUID applicationId, UUID attachmentId) {
        gate.requireVisible(applicationId);
        Attachment a = find(applicationId, attachmentId);
        if (a.state != Attachment.State.STORED) {
            throw ProblemException.notFound("附件");
        }
        PresignedDownload link = store.presignDownload(a.checked(), a.fileName);
        return new Download(link.url(), link.expiresAt());
    }

    @Transactional
    public void delete(UUID applicationId, UUID attachmentId) {
        gate.requireEditable(applicationId);
        Attachment a = find(applicationId, attachmentId);
        Attachment.delete("id = ?1", a.id);
        if (a.state == Attachment.State.STORED) {
            store.remove(a.checked());
        }
        store.removeUpload(a.objectKey);
    }

    /**
     * Stored attachments per kind (every kind, 0 when none), for the submission rules: one grouped query. The caller
     * holds the application's row lock (the submission took it), so no completion or deletion changes the counts
     * between this check and the submission's commit, after which the application is no longer editable.
     */
    public Map<AttachmentKind, Long> storedCounts(UUID applicationId) {
        Map<AttachmentKind, Long> counts = new EnumMap<>(AttachmentKind.class);
        for (AttachmentKind kind : AttachmentKind.values()) {
            counts.put(kind, 0L);
        }
        for (Object[] row : em.createNamedQuery(Attachment.COUNT_PER_KIND, Object[].class)
                .setParameter(1, applicationId).setParameter(2, Attachment.State.STORED).getResultList()) {
            counts.put((AttachmentKind) row[0], (Long) row[1]);
        }
        return counts;
    }

    private long count(UUID applicationId, AttachmentKind kind) {
        return em.createNamedQuery(Attachment.COUNT_OF_KIND, Long.class)
                .setParameter(1, applicationId).setParameter(2, kind).setParameter(3, Attachment.State.STORED)
                .getSingleResult();
    }

    private static Attachment find(UUID applicationId, UUID attachmentId) {
        Attachment a = Attachment.findById(attachmentId);
        if (a == null || !a.applicationId.equals(applicationId)) {
            throw ProblemException.notFound("附件");
        }
        return a;
    }
}
