package cn.studio.stack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a Quarkus module's tests real servers from {@link TestServers}: PostgreSQL with the module's own database,
 * a Kafka broker and, when asked ({@code objectStore=true}), the S3-compatible store. Servers outlive a Quarkus
 * restart between test classes; they start once per module run.
 *
 * <pre>{@code @QuarkusTestResource(value = StudioTestResource.class, restrictToAnnotatedClass = false,
 *     initArgs = @ResourceArg(name = "database", value = "application"))}</pre>
 */
public class StudioTestResource implements QuarkusTestResourceLifecycleManager {
    private String database = "app";
    private boolean objectStore;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        objectStore = Boolean.parseBoolean(initArgs.getOrDefault("objectStore", "false"));
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
        return config;
    }

    @Override
    public void stop() {
        // the servers are shared by every test class of the module and stop with the JVM
    }
}
