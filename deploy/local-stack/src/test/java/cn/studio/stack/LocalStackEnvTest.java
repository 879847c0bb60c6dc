package cn.studio.stack;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The launcher hands services their settings as environment variables, named as MicroProfile Config maps them. */
class LocalStackEnvTest {
    @Test
    void propertyNamesBecomeTheEnvironmentNamesConfigReads() {
        assertEquals("STUDIO_MAIL_ARCHIVE_IMAP_HOST", LocalStack.envName("studio.mail.archive.imap-host"));
        assertEquals("QUARKUS_MAILER_PORT", LocalStack.envName("quarkus.mailer.port"));
    }
}
