package cn.studio.stack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a Quarkus module's tests real servers from {@link TestServers}: PostgreSQL with the module's own database,
 * a Kafka broker and, when asked, the S3-compatible store ({@code objectStore=true}) or what notifications need
 * ({@code notifications=true}: real Keycloak as issuer and user directory, the SMTP server, the SMS sink). Servers outlive a Quarkus
 * restart between test classes; they start once per module run.
 *
 * <pre>{@code @QuarkusTestResource(value = StudioTestResource.class, restrictToAnnotatedClass = false,
 *     initArgs = @ResourceArg(name = "database", value = "application"))}</pre>
 */
public class StudioTestResource implements QuarkusTestResourceLifecycleManager {
    private String database = "app";
    private boolean objectStore;
    private boolean notifications;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        objectStore = Boolean.parseBoolean(initArgs.getOrDefault("objectStore", "false"));
        notifications = Boolean.parseBoolean(initArgs.getOrDefault("notifications", "false"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        PostgresServer postgres = TestServers.postgres();
        config.put("quarkus.datasource.jdbc.url", postgres.ensureDatabase(database));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", "postgres");
        config.put("kafka.bootstrap.servers", TestServers.kafka().bootstrapServers());
        if (objectStore) {
            ObjectStoreServer store = TestServers.objectStore();
            config.put("studio.object-store.endpoint", store.endpoint());
            config.put("studio.object-store.access-key", ObjectStoreServer.DEFAULT_ACCESS_KEY);
            config.put("studio.object-store.secret-key", ObjectStoreServer.DEFAULT_SECRET_KEY);
            config.put("studio.object-store.bucket", LocalStack.MEDIA_BUCKET);
        }
        if (notifications) {
            KeycloakServer keycloak = TestServers.keycloak();
            config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
            config.put("studio.directory.url", keycloak.url());
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(TestServers.mail().smtpPort()));
            config.putAll(MailSink.archiveSettings(TestServers.mail().imapPort()));
            config.put("studio.sms.endpoint", TestServers.sms().url());
        }
        return config;
    }

    @Override
    public void stop() {
        // the servers are shared by every test class of the module and stop with the JVM
    }
}
