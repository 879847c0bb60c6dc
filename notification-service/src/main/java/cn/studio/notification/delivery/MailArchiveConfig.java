package cn.studio.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * The mailbox every notice is blind-copied to (the union's record of what it sent), and how to search it over IMAP.
 * Without an address, e-mail is at-least-once: a sender that dies after the SMTP server accepted a message but before
 * it recorded so would send it again.
 */
@ConfigMapping(prefix = "studio.mail.archive")
public interface MailArchiveConfig {
    Optional<String> address();

    Optional<String> imapHost();

    @WithDefault("993")
    int imapPort();

    @WithDefault("true")
    boolean imapSsl();

    Optional<String> username();

    Optional<String> password();
}
