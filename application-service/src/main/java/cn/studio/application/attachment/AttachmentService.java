package cn.studio.application.attachment;

import cn.studio.application.objectstore.ObjectStore;
import cn.studio.application.objectstore.ObjectStoreException;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.problem.RuleViolation;
import io.minio.StatObjectResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploads go straight from the client to the object store by presigned PUT; the completion call then checks the
 * stored object (size, real type, photo count). A failed check removes the object and the row and says why.
 */
@ApplicationScoped
public class AttachmentService {
    public static final Duration UPLOAD_VALIDITY = Duration.ofMinutes(15);
    public static final Duration DOWNLOAD_VALIDITY = Duration.ofMinutes(5);

    @Inject
    ObjectStore store;

    @Inject
    ApplicationGate gate;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional
    public AttachmentView start(UUID applicationId, AttachmentKind kind, String fileName) {
        gate.requireEditable(applicationId);
        if (kind == AttachmentKind.PHOTO && photosFull(applicationId)) {
            throw rule(409, "PHOTO_LIMIT", "照片最多" + AttachmentKind.MAX_PHOTOS + "张，请先删除多余的照片");
        }
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.applicationId = applicationId;
        a.kind = kind;
        a.fileName = fileName.strip();
        a.objectKey = "applications/" + applicationId + "/" + a.id;
        a.state = Attachment.State.PENDING;
        a.createdAt = clock.instant();
        a.persist();
        Instant expires = clock.instant().plus(UPLOAD_VALIDITY);
        return AttachmentView.of(a).withUpload(store.presignedPut(a.objectKey, UPLOAD_VALIDITY), expires);
    }

    /** Checks the uploaded object; not one transaction, since a refusal must delete for good and still answer 422. */
    public AttachmentView complete(UUID applicationId, UUID attachmentId) {
        Attachment a = QuarkusTransaction.requiringNew().call(() -> {
            gate.requireEditable(applicationId);
            return find(applicationId, attachmentId);
        });
        if (a.state == Attachment.State.STORED) {
            return AttachmentView.of(a);
        }
        StatObjectResponse stat = store.stat(a.objectKey)
                .orElseThrow(() -> rule(409, "UPLOAD_NOT_FOUND", "尚未上传文件，请先用上传地址上传“" + a.fileName + "”"));
        Optional<String> refusal = check(a, stat.size());
        if (refusal.isPresent()) {
            store.remove(a.objectKey);
            QuarkusTransaction.requiringNew().run(() -> Attachment.deleteById(a.id));
            throw rule(422, refusal.get().substring(0, refusal.get().indexOf(':')),
                    refusal.get().substring(refusal.get().indexOf(':') + 1));
        }
        Optional<AttachmentView> stored = QuarkusTransaction.requiringNew().call(() -> {
            gate.requireEditable(applicationId);
            if (a.kind == AttachmentKind.PHOTO && photosFull(applicationId)) {
                store.remove(a.objectKey);
                Attachment.deleteById(a.id);
                return Optional.empty();
            }
            Attachment row = find(applicationId, attachmentId);
            row.state = Attachment.State.STORED;
            row.sizeBytes = stat.size();
            row.contentType = detectedType(a).map(t -> t.mediaType).orElse(null);
            row.storedAt = clock.instant();
            return Optional.of(AttachmentView.of(row));
        });
        return stored.orElseThrow(() -> rule(409, "PHOTO_LIMIT", "照片最多" + AttachmentKind.MAX_PHOTOS + "张，此照片未计入并已删除"));
    }

    /** @return "CODE:message" when the object breaks a rule */
    private Optional<String> check(Attachment a, long size) {
        if (size == 0) {
            return Optional.of("ATTACHMENT_EMPTY:文件“" + a.fileName + "”是空文件");
        }
        if (size > a.kind.maxBytes) {
            return Optional.of("ATTACHMENT_TOO_LARGE:" + a.kind.label + "不超过 " + a.kind.maxBytes / 1024 / 1024
                    + " MB（“" + a.fileName + "”为 " + String.format("%.1f", size / 1024.0 / 1024.0) + " MB），已删除");
        }
        Optional<FileType> type = detectedType(a);
        if (type.isEmpty() || !a.kind.allowedTypes.contains(type.get())) {
            return Optional.of("ATTACHMENT_TYPE_MISMATCH:" + a.kind.label + "只接受 " + a.kind.allowedTypes.stream()
                    .map(Enum::name).sorted().toList() + "，“" + a.fileName + "”的实际内容是 "
                    + type.map(Enum::name).orElse("未知类型") + "，已删除");
        }
        return Optional.empty();
    }

    private Optional<FileType> detectedType(Attachment a) {
        byte[] head;
        try (InputStream in = store.read(a.objectKey, FileType.HEAD_BYTES)) {
            head = in.readAllBytes();
        } catch (IOException e) {
            throw new ObjectStoreException("cannot read " + a.objectKey, e);
        }
        return FileType.detect(head, () -> store.read(a.objectKey, 0));
    }

    @Transactional
    public List<AttachmentView> list(UUID applicationId) {
        gate.requireVisible(applicationId);
        return Attachment.<Attachment>list("applicationId = ?1 order by createdAt", applicationId).stream()
                .map(AttachmentView::of).toList();
    }

    public record Download(String url, Instant expiresAt) {
    }

    @Transactional
    public Download download(UUID applicationId, UUID attachmentId) {
        gate.requireVisible(applicationId);
        Attachment a = find(applicationId, attachmentId);
        if (a.state != Attachment.State.STORED) {
            throw ProblemException.notFound("附件");
        }
        return new Download(store.presignedGet(a.objectKey, DOWNLOAD_VALIDITY, a.fileName), clock.instant().plus(DOWNLOAD_VALIDITY));
    }

    @Transactional
    public void delete(UUID applicationId, UUID attachmentId) {
        gate.requireEditable(applicationId);
        Attachment a = find(applicationId, attachmentId);
        a.delete();
        store.remove(a.objectKey);
    }

    /** Stored attachments per kind (every kind, 0 when none), for the submission rules: one grouped query. */
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

    private boolean photosFull(UUID applicationId) {
        return em.createNamedQuery(Attachment.COUNT_OF_KIND, Long.class)
                .setParameter(1, applicationId).setParameter(2, AttachmentKind.PHOTO).setParameter(3, Attachment.State.STORED)
                .getSingleResult() >= AttachmentKind.MAX_PHOTOS;
    }

    private static Attachment find(UUID applicationId, UUID attachmentId) {
        Attachment a = Attachment.findById(attachmentId);
        if (a == null || !a.applicationId.equals(applicationId)) {
            throw ProblemException.notFound("附件");
        }
        return a;
    }

    private static ProblemException rule(int status, String code, String message) {
        return new ProblemException(status, code, status == 422 ? "附件不符合要求" : "操作与当前状态冲突", message,
                List.of(new RuleViolation("attachment", code, message)));
    }
}
