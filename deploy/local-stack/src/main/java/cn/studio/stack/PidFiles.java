package cn.studio.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Remembers the processes the launcher started, one file each, so that a launcher killed with SIGKILL (whose
 * shutdown hook never ran) has its leftovers stopped by the next start instead of holding the ports.
 */
public final class PidFiles {
    private final Path dir;

    public PidFiles(Path dir) {
        this.dir = dir;
    }

    void record(String name, ProcessHandle handle) {
        try {
            Files.createDirectories(dir);
            String start = handle.info().startInstant().map(Object::toString).orElse("");
            Files.writeString(dir.resolve(fileName(name)), handle.pid() + " " + start);
        } catch (IOException e) {
            throw new StackException("cannot write pid file for " + name, e);
        }
    }

    void forget(String name) {
        try {
            Files.deleteIfExists(dir.resolve(fileName(name)));
        } catch (IOException ignored) {
            // a stale file is checked against the process start time before anything is stopped
        }
    }

    /** Stops processes left by an earlier launcher that did not shut down cleanly; returns their names. */
    public List<String> stopLeftovers() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pid")).map(this::stopIfAlive)
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new StackException("cannot read " + dir, e);
        }
    }

    private String stopIfAlive(Path file) {
        String name = file.getFileName().toString().replace(".pid", "");
        try {
            String[] parts = Files.readString(file).trim().split(" ", 2);
            long pid = Long.parseLong(parts[0]);
            String start = parts.length > 1 ? parts[1] : "";
            Files.delete(file);
            return ProcessHandle.of(pid)
                    .filter(h -> h.info().startInstant().map(Object::toString).orElse("").equals(start))
                    .map(h -> {
                        ManagedProcess.stopTree(h, Duration.ofSeconds(15));
                        return name;
                    }).orElse("");
        } catch (IOException | NumberFormatException e) {
            return "";
        }
    }

    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_") + ".pid";
    }
}
