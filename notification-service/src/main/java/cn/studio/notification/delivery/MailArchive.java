package cn.studio.notification.delivery;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.HeaderTerm;

import java.util.Optional;
import java.util.Properties;

/**
 * Asks the archive mailbox over IMAP whether a notice went out. The archive is a blind-copy recipient of the same SMTP
 * transaction as the notice, and an SMTP server accepts a message for all its recipients at once, so a copy in the
 * archive means the notice itself was accepted: the e-mail counterpart of the SMS provider's QuerySendDetails.
 */
@ApplicationScoped
public class MailArchive {
    @Inject
    MailArchiveConfig config;

    private Store store;

    public Optional<String> address() {
        return config.address();
    }

    /** Empty when no archive is configured (nothing can be known); otherwise whether a message with this id is there. */
    public synchronized Optional<Boolean> holds(String messageId) {
        if (config.address().isEmpty() || config.imapHost().isEmpty()) {
            return Optional.empty();
        }
        try {
            Folder inbox = connected().getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return Optional.of(inbox.search(new HeaderTerm("Message-ID", messageId)).length > 0);
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            disconnect();
            throw new IllegalStateException("mail archive not reachable over IMAP: " + e.getMessage(), e);
        }
    }

    private Store connected() throws MessagingException {
        if (store == null || !store.isConnected()) {
            Properties props = new Properties();
            String protocol = config.imapSsl() ? "imaps" : "imap";
            props.put("mail." + protocol + ".connectiontimeout", "5000");
            props.put("mail." + protocol + ".timeout", "10000");
            store = Session.getInstance(props).getStore(protocol);
            store.connect(config.imapHost().get(), config.imapPort(), config.username().orElse(null), config.password().orElse(null));
        }
        return store;
    }

    @PreDestroy
    synchronized void disconnect() {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // closing a broken connection
            }
            store = null;
        }
    }
}
