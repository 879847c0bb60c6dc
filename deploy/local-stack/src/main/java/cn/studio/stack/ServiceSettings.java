package cn.studio.stack;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one map of how a service is pointed at each server, as configuration properties. The launcher turns it into
 * environment variables (the same a deployment sets, {@link #asEnvironment}); the tests hand it to Quarkus as
 * test-resource properties. A setting added here reaches both.
 */
public final class ServiceSettings {
    private final Map<String, String> properties = new LinkedHashMap<>();

    public static ServiceSettings create() {
        return new ServiceSettings();
    }

    public ServiceSettings database(PostgresServer postgres, String database) {
        put("quarkus.datasource.jdbc.url", postgres.ensureDatabase(database));
        put("quarkus.datasource.username", PostgresServer.USER);
        return put("quarkus.datasource.password", "postgres");
    }

    public ServiceSettings kafka(KafkaServer kafka) {
        return put("kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    public ServiceSettings objectStore(ObjectStoreServer store) {
        put("studio.object-store.endpoint", store.endpoint());
        put("studio.object-store.access-key", ObjectStoreServer.DEFAULT_ACCESS_KEY);
        put("studio.object-store.secret-key", ObjectStoreServer.DEFAULT_SECRET_KEY);
        return put("studio.object-store.bucket", LocalStack.MEDIA_BUCKET);
    }

    /** Keycloak as the token issuer and as the user directory (its admin API). */
    public ServiceSettings keycloak(KeycloakServer keycloak) {
        put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        // the local realm's service account secret (deploy/keycloak/studio-realm.json), for services that call others
        // with it; a studio.* name, because QUARKUS_OIDC_CLIENT_… would also read as an OIDC tenant named "client"
        put("studio.services-secret", "studio-services-secret");
        return put("studio.directory.url", keycloak.url());
    }

    /** SMTP for sending and the archive mailbox over IMAP. */
    public ServiceSettings mail(MailSink mail) {
        put("quarkus.mailer.host", "127.0.0.1");
        put("quarkus.mailer.port", String.valueOf(mail.smtpPort()));
        MailSink.archiveSettings(mail.imapPort()).forEach(this::put);
        return this;
    }

    public ServiceSettings sms(SmsSink sms) {
        put("studio.sms.endpoint", sms.url());
        put("studio.sms.access-key-id", SmsSink.DEFAULT_ACCESS_KEY_ID);
        return put("studio.sms.access-key-secret", SmsSink.DEFAULT_ACCESS_KEY_SECRET);
    }

    public ServiceSettings put(String property, String value) {
        properties.put(property, value);
        return this;
    }

    public ServiceSettings putAll(Map<String, String> more) {
        more.forEach(this::put);
        return this;
    }

    public Map<String, String> asProperties() {
        return new LinkedHashMap<>(properties);
    }

    /** The same settings as the environment variables MicroProfile Config reads. */
    public Map<String, String> asEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        properties.forEach((property, value) -> env.put(envName(property), value));
        return env;
    }

    /** MicroProfile Config's environment name of a property: {@code studio.mail.imap-host} → {@code STUDIO_MAIL_IMAP_HOST}. */
    public static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
