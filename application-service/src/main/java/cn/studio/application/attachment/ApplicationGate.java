package cn.studio.application.attachment;

import java.util.UUID;

/**
 * The row rules of the application an attachment belongs to. Declared here and answered by the application package,
 * so attachments follow those rules without the two packages depending on each other.
 */
public interface ApplicationGate {
    /** Throws 404 unless the caller may see the application. */
    void requireVisible(UUID applicationId);

    /**
     * Throws 404 unless the caller's unit owns the application, 409 unless it may still be changed; then holds the
     * application's row lock until the transaction ends, which the submission takes too: what attachments an
     * application holds changes one request at a time, and never under a submission's checks.
     */
    void requireEditable(UUID applicationId);
}
