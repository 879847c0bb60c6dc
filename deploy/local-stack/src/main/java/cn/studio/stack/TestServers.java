package cn.studio.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real servers a module's tests run against, started at most once per test JVM on free ports, with fresh data
 * under {@code target/test-servers}, and stopped when the JVM exits.
 */
public final class TestServers {
    private static final Path DATA = Path.of("target", "test-servers").toAbsolutePath();
    private static PostgresServer postgres;
    private static KafkaServer kafka;
    private static ObjectStoreServer objectStore;
    private static boolean hookInstalled;
    private static int[] kafkaPorts;

    private TestServers() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            prepare();
            postgres = PostgresServer.start(DATA.resolve("postgres"), 0);
        }
        return postgres;
    }

    public static synchronized KafkaServer kafka() {
        if (kafka == null) {
            prepare();
            kafka = KafkaServer.start(SuiteLayout.locate(), DATA.resolve("kafka"), Ports.free(), Ports.free(),
                    DATA.resolve("logs"), null);
            kafka.ensureTopics(LocalStack.TOPICS);
        }
        return kafka;
    }

    /** Stops the broker (for fault tests); {@link #restartKafka()} brings it back on the same port with its data. */
    public static synchronized void stopKafka() {
        KafkaServer running = kafka();
        kafkaPorts = new int[]{running.port(), running.controllerPort()};
        running.close();
        kafka = null;
    }

    public static synchronized KafkaServer restartKafka() {
        if (kafka == null) {
            kafka = KafkaServer.start(SuiteLayout.locate(), DATA.resolve("kafka"), kafkaPorts[0], kafkaPorts[1],
                    DATA.resolve("logs"), null);
        }
        return kafka;
    }

    public static synchronized ObjectStoreServer objectStore() {
        if (objectStore == null) {
            prepare();
            objectStore = ObjectStoreServer.start(SuiteLayout.locate(), DATA.resolve("object-store"), Ports.free(),
                    DATA.resolve("logs"), null);
            objectStore.ensureBuckets(List.of(LocalStack.MEDIA_BUCKET));
        }
        return objectStore;
    }

    private static void prepare() {
        if (hookInstalled) {
            return;
        }
        deleteRecursively(DATA);
        Runtime.getRuntime().addShutdownHook(new Thread(TestServers::stopAll, "test-servers-shutdown"));
        hookInstalled = true;
    }

    private static synchronized void stopAll() {
        for (AutoCloseable server : new AutoCloseable[]{objectStore, kafka, postgres}) {
            if (server != null) {
                try {
                    server.close();
                } catch (Exception e) {
                    System.err.println("stopping " + server.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new StackException("cannot clean " + dir, e);
        }
    }
}
