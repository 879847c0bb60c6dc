package cn.studio.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak (the distribution from Maven Central) in development mode with the {@code studio} realm imported from
 * {@code deploy/keycloak/studio-realm.json}. Its home, including its database, lives in the given folder, so a second
 * start keeps users and sessions and skips the import.
 */
public final class KeycloakServer implements AutoCloseable {
    public static final String REALM = "studio";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    private final ManagedProcess process;
    private final int port;

    private KeycloakServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak without waiting for it; call {@link #awaitReady()} before use (it is the slowest server). */
    public static KeycloakServer launch(SuiteLayout layout, Path home, int port, Path logDir, PidFiles pidFiles) {
        Ports.requireFree(port, "Keycloak");
        Ports.requireFree(port + 1, "Keycloak management");
        installIfMissing(layout.keycloakZip(), home);
        copyRealm(home.resolve("data/import"));
        String url = "http://127.0.0.1:" + port;
        ManagedProcess process = ManagedProcess.start("keycloak", List.of(home.resolve("bin/kc.sh").toString(),
                "start-dev", "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + (port + 1),
                "--hostname=" + url, "--import-realm", "--health-enabled=true"),
                Map.of("JAVA_HOME", Java.home(),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m"),
                home, logDir.resolve("keycloak.log"), pidFiles);
        return new KeycloakServer(process, port);
    }

    public KeycloakServer awaitReady() {
        process.awaitReady(() -> Waits.httpOk(realmUrl() + "/.well-known/openid-configuration"), Duration.ofSeconds(240));
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public int port() {
        return port;
    }

    public ManagedProcess process() {
        return process;
    }

    private static void installIfMissing(Path zip, Path home) {
        if (Files.exists(home.resolve("bin/kc.sh"))) {
            return;
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Files.createDirectories(home);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path target = home.resolve(relative).normalize();
                if (!target.startsWith(home)) {
                    throw new StackException("unsafe entry in " + zip + ": " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (relative.startsWith("bin/") && relative.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        } catch (IOException e) {
            throw new StackException("cannot unpack Keycloak from " + zip + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keycloak imports a realm only into an empty database. When the realm file changed since the last import, the
     * local database is dropped so that the new realm is imported (the local stack's users are demo users).
     */
    private static void copyRealm(Path importDir) {
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/studio-realm.json")) {
            if (realm == null) {
                throw new StackException("studio-realm.json is not on the classpath");
            }
            byte[] bytes = realm.readAllBytes();
            String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            Files.createDirectories(importDir);
            Path stamp = importDir.resolve(".imported-sha256");
            Path database = importDir.getParent().resolve("h2");
            if (Files.exists(database) && !(Files.exists(stamp) && Files.readString(stamp).equals(digest))) {
                System.out.println("the realm file changed: Keycloak's local database is reset to import it again");
                Folders.deleteRecursively(database);
            }
            Files.write(importDir.resolve("studio-realm.json"), bytes);
            Files.writeString(stamp, digest);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new StackException("cannot place the realm file: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
