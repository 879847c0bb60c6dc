package cn.studio.lifecycle.attachment;

import cn.studio.platform.media.CheckedMedia;
import cn.studio.platform.media.FileType;
import cn.studio.platform.media.MediaChecks;
import cn.studio.platform.media.MediaStore;
import cn.studio.platform.media.PendingUploads;
import cn.studio.platform.media.PresignedDownload;
import cn.studio.platform.media.PresignedUpload;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Attachments of reports and results through platform-media: presigned upload, check of the finished upload on a copy
 * no client can write, short-lived download. Counts are taken under the owner's row lock (the owner's
 * {@link AttachmentOwner#lockedForChange}), so parallel completions can't pass a kind's limit together.
 */
@ApplicationScoped
public class AttachmentService implements PendingUploads {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    MediaStore store;
    @Inject
    MediaChecks checks;

    public record Upload(UUID id, AttachmentKind kind, String fileName, String uploadUrl, Instant expiresAt,
                         long maxBytes, List<String> acceptedMediaTypes) {
    }

    @Transactional
    public Upload start(AttachmentOwner owner, UUID studioId, UUID ownerId, AttachmentKind kind, String fileName) {
        AttachmentOwner.Ref ref = owner.lockedForChange(studioId, ownerId);
        kind.media.requireRoom(Attachment.count("ownerId = ?1 and kind = ?2 and state = ?3", ref.id(), kind, Attachment.State.STORED));
        checks.requirePendingRoom(Attachment.count("ownerId = ?1 and state = ?2", ref.id(), Attachment.State.PENDING));
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.ownerType = ref.type();
        a.ownerId = ref.id();
        a.studioId = ref.studioId();
        a.kind = kind;
        a.fileName = fileName;
        a.state = Attachment.State.PENDING;
        a.uploadedBy = caller.username();
        a.createdAt = Instant.now(clock);
        a.persist();
        PresignedUpload up = store.presignUpload(a.uploadKey(), kind.media);
        return new Upload(a.id, kind, fileName, up.url(), up.expiresAt(), up.maxBytes(), up.acceptedMediaTypes());
    }

    /** Checks the uploaded file (outside a transaction: it reads the store), then records it under the owner's lock. */
    public AttachmentView complete(AttachmentOwner owner, UUID studioId, UUID ownerId, UUID attachmentId) {
        Attachment pending = QuarkusTransaction.requiringNew().call(() -> {
            owner.lockedForChange(studioId, ownerId);
            return pendingOf(ownerId, attachmentId);
        });
        CheckedMedia file = checks.verify(pending.uploadKey(), pending.kind.media);
        try {
            AttachmentView view = QuarkusTransaction.requiringNew().call(() -> {
                owner.lockedForChange(studioId, ownerId);
                Attachment a = pendingOf(ownerId, attachmentId);
                a.kind.media.requireRoom(Attachment.count("ownerId = ?1 and kind = ?2 and state = ?3", ownerId, a.kind,
                        Attachment.State.STORED));
                a.state = Attachment.State.STORED;
                a.storedKey = file.key();
                a.contentType = file.type().mediaType;
                a.sizeBytes = file.sizeBytes();
                a.storedAt = Instant.now(clock);
                return AttachmentView.of(a);
            });
            store.removeUpload(pending.uploadKey());
            return view;
        } catch (RuntimeException e) {
            store.remove(file);
            throw e;
        }
    }

    @Transactional
    public List<AttachmentView> list(AttachmentOwner owner, UUID studioId, UUID ownerId) {
        AttachmentOwner.Ref ref = owner.readable(studioId, ownerId);
        return stored(ref.id()).stream().map(AttachmentView::of).toList();
    }

    /** The owner's checked files, oldest first (what a submission snapshots). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Attachment> stored(UUID ownerId) {
        return Attachment.list("ownerId = ?1 and state = ?2 order by createdAt, id", ownerId, Attachment.State.STORED);
    }

    @Transactional
    public PresignedDownload download(AttachmentOwner owner, UUID studioId, UUID ownerId, UUID attachmentId) {
        AttachmentOwner.Ref ref = owner.readable(studioId, ownerId);
        // a retired file is reachable only by its id from the version that names it
        Attachment a = Attachment.find("id = ?1 and ownerId = ?2 and state in ?3", attachmentId, ref.id(),
                List.of(Attachment.State.STORED, Attachment.State.RETIRED)).firstResult();
        if (a == null) {
            throw ProblemException.notFound("附件");
        }
        return store.presignDownload(checked(a), a.fileName);
    }

    @Transactional
    public void delete(AttachmentOwner owner, UUID studioId, UUID ownerId, UUID attachmentId) {
        AttachmentOwner.Ref ref = owner.lockedForChange(studioId, ownerId);
        Attachment a = Attachment.find("id = ?1 and ownerId = ?2 and state <> ?3", attachmentId, ref.id(),
                Attachment.State.RETIRED).firstResult();
        if (a == null) {
            throw ProblemException.notFound("附件");
        }
        if (a.state == Attachment.State.STORED && owner.keepsFile(ref.id(), a.id)) {
            a.state = Attachment.State.RETIRED;
            return;
        }
        if (a.state == Attachment.State.STORED) {
            store.remove(checked(a));
        } else {
            store.removeUpload(a.uploadKey());
        }
        a.delete();
    }

    @Override
    @Transactional
    public void forgetAbandoned(Instant askedBefore) {
        Attachment.delete("state = ?1 and createdAt < ?2", Attachment.State.PENDING, askedBefore);
    }

    private static Attachment pendingOf(UUID ownerId, UUID attachmentId) {
        Attachment a = Attachment.find("id = ?1 and ownerId = ?2", attachmentId, ownerId).firstResult();
        if (a == null) {
            throw ProblemException.notFound("附件");
        }
        if (a.state != Attachment.State.PENDING) {
            throw ProblemException.conflict("ATTACHMENT_ALREADY_STORED", "该文件已上传完成");
        }
        return a;
    }

    private static CheckedMedia checked(Attachment a) {
        return new CheckedMedia(a.storedKey, FileType.ofMediaType(a.contentType).orElseThrow(), a.sizeBytes);
    }
}
