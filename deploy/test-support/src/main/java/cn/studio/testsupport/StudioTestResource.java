package cn.studio.testsupport;

import cn.studio.stack.ServiceSettings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a Quarkus module's tests real servers from {@link TestServers}: PostgreSQL with the module's own database,
 * a Kafka broker and, when asked, the S3-compatible store ({@code objectStore=true}) or what notifications need
 * ({@code notifications=true}: real Keycloak as issuer and user directory, the SMTP server, the SMS sink). Servers outlive a Quarkus
 * restart between test classes; they start once per module run. The settings are the launcher's
 * ({@link ServiceSettings}), as properties.
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
        ServiceSettings settings = ServiceSettings.create()
                .database(TestServers.postgres(), database)
                .kafka(TestServers.kafka());
        if (objectStore) {
            settings.objectStore(TestServers.objectStore());
        }
        if (notifications) {
            settings.keycloak(TestServers.keycloak()).mail(TestServers.mail()).sms(TestServers.sms());
        }
        return settings.asProperties();
    }

    @Override
    public void stop() {
        // the servers are shared by every test class of the module and stop with the JVM
    }
}
