package cn.studio.application.attachment;

import cn.studio.platform.media.PendingUploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * For platform-media's sweep: attachments asked for long ago and never completed go; the sweep then removes their
 * files. One statement: a completion or deletion racing it finds the row gone (404), the counts of stored files
 * are untouched.
 */
@ApplicationScoped
public class AbandonedUploads implements PendingUploads {
    @Override
    @Transactional
    public void forgetAbandoned(Instant askedBefore) {
        Attachment.delete("state = ?1 and createdAt < ?2", Attachment.State.PENDING, askedBefore);
    }
}
