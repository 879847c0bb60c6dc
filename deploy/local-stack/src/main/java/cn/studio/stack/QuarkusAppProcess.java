package cn.studio.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One of the suite's applications, run from its built artifact as its own process. */
public final class QuarkusAppProcess implements AutoCloseable {
    static final String DEFAULT_JAVA_OPTS = "-Xms32m -Xmx384m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m";
    private final String module;
    private final int port;
    private final ManagedProcess process;

    private QuarkusAppProcess(String module, int port, ManagedProcess process) {
        this.module = module;
        this.port = port;
        this.process = process;
    }

    /** Starts without waiting; see {@link #awaitReady()}. {@code env} overrides the module's properties. */
    public static QuarkusAppProcess launch(SuiteLayout layout, String module, int port, Map<String, String> env,
                                           java.nio.file.Path logDir, PidFiles pidFiles) {
        return launch(layout, module, module, port, env, logDir, pidFiles);
    }

    /** @param name the process's name (log file, pid file); differs from the module for a second instance */
    public static QuarkusAppProcess launch(SuiteLayout layout, String module, String name, int port, Map<String, String> env,
                                           java.nio.file.Path logDir, PidFiles pidFiles) {
        Ports.requireFree(port, name);
        List<String> command = new ArrayList<>();
        command.add(Java.executable());
        String javaOpts = System.getenv().getOrDefault("STUDIO_APP_JAVA_OPTS", DEFAULT_JAVA_OPTS);
        command.addAll(Arrays.stream(javaOpts.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        command.add("-jar");
        command.add(layout.quarkusApp(module).toString());
        Map<String, String> fullEnv = new java.util.HashMap<>(env);
        fullEnv.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        fullEnv.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        ManagedProcess process = ManagedProcess.start(name, command, fullEnv, layout.root(),
                logDir.resolve(name + ".log"), pidFiles);
        return new QuarkusAppProcess(module, port, process);
    }

    public QuarkusAppProcess awaitReady() {
        process.awaitReady(() -> Waits.httpOk(url() + "/q/health/ready"), Duration.ofSeconds(180));
        return this;
    }

    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
