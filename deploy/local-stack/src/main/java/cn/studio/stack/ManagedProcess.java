package cn.studio.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A real server running as its own operating-system process, with its output in a log file. Closing it stops the
 * process and everything it spawned (SIGTERM, then SIGKILL after a grace period), so nothing is left behind.
 */
public final class ManagedProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path logFile;
    private final PidFiles pidFiles;

    private ManagedProcess(String name, Process process, Path logFile, PidFiles pidFiles) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFiles = pidFiles;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> env, Path workDir,
                                       Path logFile, PidFiles pidFiles) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (pidFiles != null) {
                pidFiles.record(name, process.toHandle());
            }
            return new ManagedProcess(name, process, logFile, pidFiles);
        } catch (IOException e) {
            throw new StackException(name + " could not be started: " + e.getMessage(), e);
        }
    }

    /** Runs a short command to completion (e.g. formatting Kafka's storage) and fails loudly if it fails. */
    public static void runToCompletion(String name, List<String> command, Path workDir, Path logFile, Duration timeout) {
        try (ManagedProcess p = start(name, command, Map.of(), workDir, logFile, null)) {
            if (!p.process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new StackException(name + " did not finish within " + timeout.toSeconds() + " s; see " + logFile);
            }
            if (p.process.exitValue() != 0) {
                throw new StackException(name + " failed (exit " + p.process.exitValue() + "):\n" + p.tail(20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(name + " interrupted", e);
        }
    }

    /** Waits until {@code ready} holds, failing early with the log's tail if the process dies. */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!process.isAlive()) {
                throw new StackException(name + " exited with code " + process.exitValue() + " while starting:\n" + tail(30));
            }
            if (ready.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException(name + " was not ready within " + timeout.toSeconds() + " s; log " + logFile + ":\n" + tail(30));
            }
            Waits.pause(Duration.ofMillis(250));
        }
    }

    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, no shutdown hooks: what a crash or an OOM kill looks like to the rest of the system. */
    public void kill() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopTree(process.toHandle(), Duration.ofSeconds(20));
        if (pidFiles != null) {
            pidFiles.forget(name);
        }
    }

    static void stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new java.util.ArrayList<>(root.descendants().toList());
        tree.add(0, root);
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle handle : tree) {
            while (handle.isAlive() && Instant.now().isBefore(deadline)) {
                Waits.pause(Duration.ofMillis(100));
            }
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
    }
}
