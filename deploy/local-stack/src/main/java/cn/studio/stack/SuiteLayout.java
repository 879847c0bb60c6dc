package cn.studio.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are in a checkout of the suite: the server binaries laid out by {@code deploy/servers} and the
 * applications built by each module. The root comes from {@code -Dstudio.root} (set by the build for tests) or is
 * found by walking up from the working directory.
 */
public record SuiteLayout(Path root) {

    public static SuiteLayout locate() {
        String configured = System.getProperty("studio.root", System.getenv("STUDIO_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return new SuiteLayout(Path.of(configured).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/servers"))) {
                return new SuiteLayout(dir);
            }
        }
        throw new StackException("cannot find the suite's root (a folder with deploy/servers); set -Dstudio.root");
    }

    public Path servers() {
        return root.resolve("deploy/servers/target");
    }

    public Path kafkaLibs() {
        return require(servers().resolve("kafka/libs"));
    }

    public Path s3proxyJar() {
        return require(servers().resolve("s3proxy/s3proxy.jar"));
    }

    public Path keycloakZip() {
        Path dir = require(servers().resolve("keycloak"));
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".zip")).findFirst()
                    .orElseThrow(() -> missing(dir.resolve("keycloak-*.zip")));
        } catch (java.io.IOException e) {
            throw missing(dir);
        }
    }

    /** The runnable Quarkus application of a module, e.g. {@code application-service}. */
    public Path quarkusApp(String module) {
        return require(root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"));
    }

    private static Path require(Path path) {
        if (!Files.exists(path)) {
            throw missing(path);
        }
        return path;
    }

    private static StackException missing(Path path) {
        return new StackException(path + " is missing: build the suite first (./mvnw -DskipTests package)");
    }
}
