package cn.studio.stack;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The launcher hands services their settings as environment variables, named as MicroProfile Config maps them. */
class ServiceSettingsTest {
    @Test
    void propertyNamesBecomeTheEnvironmentNamesConfigReads() {
        assertEquals("STUDIO_MAIL_ARCHIVE_IMAP_HOST", ServiceSettings.envName("studio.mail.archive.imap-host"));
        assertEquals("QUARKUS_MAILER_PORT", ServiceSettings.envName("quarkus.mailer.port"));
    }

    @Test
    void theLaunchersEnvironmentAndTheTestsPropertiesAreTheSameSettings() {
        ServiceSettings settings = ServiceSettings.create().put("quarkus.mailer.port", "2525").put("studio.demo.seed", "true");
        assertEquals(java.util.Map.of("quarkus.mailer.port", "2525", "studio.demo.seed", "true"), settings.asProperties());
        assertEquals(java.util.Map.of("QUARKUS_MAILER_PORT", "2525", "STUDIO_DEMO_SEED", "true"), settings.asEnvironment());
    }
}
