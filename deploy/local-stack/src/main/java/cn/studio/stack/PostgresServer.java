package cn.studio.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Real PostgreSQL binaries (delivered by Maven), one server holding one database per service. */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "postgres";
    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @param port 0 for any free port */
    public static PostgresServer start(Path dataDir, int port) {
        stopLeftover(dataDir);
        if (port != 0) {
            Ports.requireFree(port, "PostgreSQL");
        }
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port != 0) {
                builder.setPort(port);
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new StackException("PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /** A postmaster left running by a launcher that was killed holds the data folder; stop it first. */
    private static void stopLeftover(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).filter(h -> h.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(h -> ManagedProcess.stopTree(h, Duration.ofSeconds(20)));
        } catch (IOException | RuntimeException ignored) {
            // no readable pid: PostgreSQL itself reports a stale lock if there is one
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public String ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("create database " + database + " encoding 'UTF8' template template0");
                    }
                }
            }
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new StackException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new StackException("PostgreSQL did not stop cleanly", e);
        }
    }
}
