package cn.studio.review.sitevisit;

import cn.studio.platform.media.CheckedMedia;
import cn.studio.platform.media.FileType;
import cn.studio.platform.media.MediaChecks;
import cn.studio.platform.media.MediaStore;
import cn.studio.platform.media.PendingUploads;
import cn.studio.platform.media.PresignedDownload;
import cn.studio.platform.media.PresignedUpload;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import cn.studio.review.audit.AuditLog;
import cn.studio.review.round.RoundService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Photos and videos of a site visit, uploaded by its visitors straight to the object store and checked by
 * platform-media before they count. Counts are taken under the visit's row lock, so parallel completions can't pass
 * the limit together.
 */
@ApplicationScoped
public class SiteVisitMediaService implements PendingUploads {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    RoundService rounds;
    @Inject
    SiteVisitService visits;
    @Inject
    MediaStore store;
    @Inject
    MediaChecks checks;

    public record Upload(UUID id, SiteVisitMediaKind kind, String fileName, String uploadUrl, Instant expiresAt,
                         long maxBytes, List<String> acceptedMediaTypes) {
    }

    public record MediaView(UUID id, UUID visitId, SiteVisitMediaKind kind, String kindLabel, String fileName,
                            SiteVisitMedia.State state, String contentType, Long sizeBytes, String uploadedBy,
                            Instant storedAt) {
        static MediaView of(SiteVisitMedia m) {
            return new MediaView(m.id, m.visitId, m.kind, m.kind.media.label(), m.fileName, m.state, m.contentType,
                    m.sizeBytes, m.uploadedBy, m.storedAt);
        }
    }

    @Transactional
    public Upload start(UUID visitId, SiteVisitMediaKind kind, String fileName) {
        SiteVisit visit = lockedForUpload(visitId);
        kind.media.requireRoom(SiteVisitMedia.count("visitId = ?1 and kind = ?2 and state = ?3", visitId, kind, SiteVisitMedia.State.STORED));
        checks.requirePendingRoom(SiteVisitMedia.count("visitId = ?1 and state = ?2", visitId, SiteVisitMedia.State.PENDING));
        SiteVisitMedia m = new SiteVisitMedia();
        m.id = UUID.randomUUID();
        m.visitId = visit.id;
        m.kind = kind;
        m.fileName = fileName;
        m.state = SiteVisitMedia.State.PENDING;
        m.uploadedBy = caller.username();
        m.createdAt = Instant.now(clock);
        m.persist();
        PresignedUpload up = store.presignUpload(m.uploadKey(), kind.media);
        return new Upload(m.id, kind, fileName, up.url(), up.expiresAt(), up.maxBytes(), up.acceptedMediaTypes());
    }

    /** Checks the uploaded file (outside a transaction: it reads the store), then records it under the visit's lock. */
    public MediaView complete(UUID visitId, UUID mediaId) {
        SiteVisitMedia pending = QuarkusTransaction.requiringNew().call(() -> {
            lockedForUpload(visitId);
            return pendingOf(visitId, mediaId);
        });
        CheckedMedia file = checks.verify(pending.uploadKey(), pending.kind.media);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                lockedForUpload(visitId);
                SiteVisitMedia m = pendingOf(visitId, mediaId);
                m.kind.media.requireRoom(SiteVisitMedia.count("visitId = ?1 and kind = ?2 and state = ?3", visitId, m.kind,
                        SiteVisitMedia.State.STORED));
                m.state = SiteVisitMedia.State.STORED;
                m.storedKey = file.key();
                m.contentType = file.type().mediaType;
                m.sizeBytes = file.sizeBytes();
                m.storedAt = Instant.now(clock);
                MediaView view = MediaView.of(m);
                audit.record("sitevisit.media.stored", "site-visit", visitId, null, view);
                return view;
            });
        } catch (RuntimeException e) {
            store.remove(file);
            throw e;
        }
    }

    public List<MediaView> list(UUID visitId) {
        visits.get(visitId);
        return SiteVisitMedia.<SiteVisitMedia>list("visitId = ?1 order by createdAt", visitId).stream().map(MediaView::of).toList();
    }

    public PresignedDownload download(UUID visitId, UUID mediaId) {
        visits.get(visitId);
        SiteVisitMedia m = SiteVisitMedia.find("id = ?1 and visitId = ?2 and state = ?3", mediaId, visitId, SiteVisitMedia.State.STORED)
                .firstResult();
        if (m == null) {
            throw ProblemException.notFound("考察照片或视频");
        }
        return store.presignDownload(checked(m), m.fileName);
    }

    @Transactional
    public void delete(UUID visitId, UUID mediaId) {
        lockedForUpload(visitId);
        SiteVisitMedia m = SiteVisitMedia.find("id = ?1 and visitId = ?2", mediaId, visitId).firstResult();
        if (m == null) {
            throw ProblemException.notFound("考察照片或视频");
        }
        if (m.state == SiteVisitMedia.State.STORED) {
            store.remove(checked(m));
        } else {
            store.removeUpload(m.uploadKey());
        }
        audit.record("sitevisit.media.deleted", "site-visit", visitId, MediaView.of(m), null);
        m.delete();
    }

    @Override
    @Transactional
    public void forgetAbandoned(Instant askedBefore) {
        SiteVisitMedia.delete("state = ?1 and createdAt < ?2", SiteVisitMedia.State.PENDING, askedBefore);
    }

    private SiteVisit lockedForUpload(UUID visitId) {
        visits.get(visitId);
        SiteVisit visit = SiteVisit.findById(visitId, LockModeType.PESSIMISTIC_WRITE);
        if (!caller.is("union-admin") && !visit.visitors.contains(caller.username())) {
            throw ProblemException.notFound("实地考察");
        }
        rounds.openRound(visit.roundId);
        return visit;
    }

    private static SiteVisitMedia pendingOf(UUID visitId, UUID mediaId) {
        SiteVisitMedia m = SiteVisitMedia.find("id = ?1 and visitId = ?2", mediaId, visitId).firstResult();
        if (m == null) {
            throw ProblemException.notFound("考察照片或视频");
        }
        if (m.state != SiteVisitMedia.State.PENDING) {
            throw ProblemException.conflict("MEDIA_ALREADY_STORED", "该文件已上传完成");
        }
        return m;
    }

    private static CheckedMedia checked(SiteVisitMedia m) {
        return new CheckedMedia(m.storedKey, FileType.ofMediaType(m.contentType).orElseThrow(), m.sizeBytes);
    }
}
