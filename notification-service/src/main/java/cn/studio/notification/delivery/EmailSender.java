package cn.studio.notification.delivery;

import cn.studio.notification.notification.Claim;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a notice over SMTP with a Message-ID derived from the notification, so every attempt is the same message, and
 * a blind copy to the archive. Before resending a notice that may already have gone out, the archive is asked.
 */
@ApplicationScoped
public class EmailSender {
    private static final Logger LOG = Logger.getLogger(EmailSender.class);

    @Inject
    ReactiveMailer mailer;

    @Inject
    MailArchive archive;

    @Inject
    DeliveryPolicy policy;

    @ConfigProperty(name = "studio.mail.message-id-domain", defaultValue = "studio.local")
    String messageIdDomain;

    /** @return the Message-ID, which the delivery log keeps as the provider id */
    String send(Claim n) {
        String messageId = "<" + n.id() + "@" + messageIdDomain + ">";
        if (n.mayHaveGoneOut() && inArchive(n, messageId)) {
            LOG.infof("e-mail %s is in the archive: it went out before; not sent again", n.id());
            return messageId;
        }
        Mail mail = Mail.withHtml(n.address(), n.subject(), n.html()).setText(n.text())
                .addHeader("Message-ID", messageId)
                .addHeader("X-Studio-Notification", n.id().toString())
                .addHeader("X-Studio-Event", n.eventId());
        archive.address().ifPresent(mail::addBcc);
        mailer.send(mail).await().atMost(policy.sendTimeout());
        return messageId;
    }

    /**
     * An archive that cannot be asked makes this attempt fail (and be retried), except on the last attempt: a notice
     * lost is worse than one sent twice, so then it is sent unchecked.
     */
    private boolean inArchive(Claim n, String messageId) {
        try {
            return archive.holds(messageId).orElse(false);
        } catch (IllegalStateException e) {
            if (n.attempt() < policy.maxAttempts()) {
                throw e;
            }
            LOG.warnf("e-mail %s: last attempt and the archive cannot be asked (%s); sent unchecked", n.id(), e.getMessage());
            return false;
        }
    }
}
