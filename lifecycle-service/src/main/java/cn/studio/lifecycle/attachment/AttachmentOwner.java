package cn.studio.lifecycle.attachment;

import java.util.UUID;

/**
 * What owns attachments (a report, a result) tells the attachment service: who may read them, and — under the owner's
 * row lock, inside the caller's transaction — whether the caller may change them now.
 */
public interface AttachmentOwner {
    /** The owner, if the caller may read it (else 404). */
    Ref readable(UUID studioId, UUID ownerId);

    /** The owner locked for a change of its attachments (404 / 409 when the caller may not change them now). */
    Ref lockedForChange(UUID studioId, UUID ownerId);

    /** Whether a file removed from the owner must stay in the store (an earlier submitted version names it). */
    default boolean keepsFile(UUID ownerId, UUID attachmentId) {
        return false;
    }

    record Ref(String type, UUID id, UUID studioId) {
    }
}
