package cn.studio.platform.media;

import io.minio.StatObjectResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * The check of a finished upload. {@link #verify} first copies the upload, server-side, to a fresh key under
 * {@code media/} that no client ever had a URL for, then checks that copy (size, real type by content, structure) —
 * so what was checked is what is kept, however often the client PUTs to its old URL afterwards.
 */
@ApplicationScoped
public class MediaChecks {
    private final MediaStore store;
    private final MediaConfig config;

    @Inject
    public MediaChecks(MediaStore store, MediaConfig config) {
        this.store = store;
        this.config = config;
    }

    /**
     * Checks what the client uploaded for {@code key} against {@code kind}.
     *
     * @return the checked, immutable file; record it, then {@link MediaStore#removeUpload} the key (a parallel
     *         completion of the same upload then finds either the upload or the record); if the service does not
     *         record it, {@link MediaStore#remove} it. An upload left behind is never served and the sweep removes it.
     * @throws cn.studio.platform.problem.ProblemException 409 {@code UPLOAD_NOT_FOUND} when nothing was uploaded (the
     *         client may still upload and complete again)
     * @throws MediaProblems.Refused 422 {@code ATTACHMENT_EMPTY}, {@code ATTACHMENT_TOO_LARGE},
     *         {@code ATTACHMENT_TYPE_MISMATCH} or {@code ATTACHMENT_MALFORMED}; the upload is removed
     * @throws ObjectStoreException 503 when the store failed; the upload stays, the client may complete again
     */
    public CheckedMedia verify(String key, MediaKind kind) {
        String upload = MediaStore.uploadKey(key);
        StatObjectResponse uploaded = store.stat(upload).orElseThrow(MediaProblems::uploadNotFound);
        try {
            requireSize(kind, uploaded.size());
        } catch (MediaProblems.Refused e) {
            store.removeObject(upload);
            throw e;
        }
        String checked = MediaStore.checkedKey(key) + "/" + UUID.randomUUID();
        store.copy(upload, checked);
        try {
            return inspect(checked, kind);
        } catch (MediaProblems.Refused e) {
            store.removeObject(checked);
            store.removeObject(upload);
            throw e;
        } catch (RuntimeException e) {
            store.removeObject(checked);
            throw e;
        }
    }

    /** Refuses (409 {@code TOO_MANY_PENDING_UPLOADS}) one more upload when an owner already has {@code pending} waiting. */
    public void requirePendingRoom(long pending) {
        if (pending >= config.maxPendingPerOwner()) {
            throw MediaProblems.tooManyPending(config.maxPendingPerOwner());
        }
    }

    private CheckedMedia inspect(String checked, MediaKind kind) {
        long size = store.stat(checked).map(StatObjectResponse::size)
                .orElseThrow(() -> new ObjectStoreException("the copy " + checked + " vanished", null));
        requireSize(kind, size);
        FileInspection.Source source = new FileInspection.Source() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open() {
                return store.read(checked, 0, 0);
            }
        };
        try {
            Optional<FileType> claimed = FileInspection.sniff(source);
            if (claimed.isEmpty() || !kind.types().contains(claimed.get())) {
                throw MediaProblems.typeMismatch(kind, claimed.map(Enum::name).orElse("未知类型"));
            }
            Optional<String> malformation = FileInspection.malformation(claimed.get(), source);
            if (malformation.isPresent()) {
                throw MediaProblems.malformed(kind, claimed.get(), malformation.get());
            }
            return new CheckedMedia(checked, claimed.get(), size);
        } catch (IOException e) {
            throw new ObjectStoreException("cannot read " + checked + ": " + e.getMessage(), e);
        }
    }

    private static void requireSize(MediaKind kind, long size) {
        if (size == 0) {
            throw MediaProblems.empty(kind);
        }
        if (size > kind.maxBytes()) {
            throw MediaProblems.tooLarge(kind, size);
        }
    }
}
