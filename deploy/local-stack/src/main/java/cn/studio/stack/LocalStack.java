package cn.studio.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole suite on one machine: PostgreSQL, Kafka, the object store, Keycloak, the SMTP server, the SMS sink, then
 * the four services and the gateway, each as its own process, all data under one folder. Closing it stops
 * everything it started, in reverse order.
 */
public final class LocalStack implements AutoCloseable {
    public static final List<String> DATABASES = List.of("application", "review", "lifecycle", "notification");
    public static final Map<String, Integer> TOPICS = Map.of(
            "application-events", 6, "review-events", 3, "lifecycle-events", 3,
            "application-events-dlq", 1, "review-events-dlq", 1, "lifecycle-events-dlq", 1);
    public static final String MEDIA_BUCKET = "studio-media";
    public static final List<String> SERVICES = List.of("application-service", "review-service", "lifecycle-service",
            "notification-service");

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final StackPorts ports;
    private final Path dataDir;
    private final Path logDir;
    private PostgresServer postgres;
    private KafkaServer kafka;
    private ObjectStoreServer objectStore;
    private KeycloakServer keycloak;
    private MailSink mail;
    private SmsSink sms;
    private final Map<String, QuarkusAppProcess> apps = new LinkedHashMap<>();
    private Duration startTime;

    private final Map<String, String> extraServiceSettings;

    private LocalStack(StackPorts ports, Path dataDir, Map<String, String> extraServiceSettings) {
        this.extraServiceSettings = extraServiceSettings;
        this.ports = ports;
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.logDir = this.dataDir.resolve("logs");
    }

    /**
     * Starts everything and waits until each part is healthy. On failure, what was started is stopped again.
     *
     * @param withApplications false to start only the servers (for running the applications from an IDE)
     */
    public static LocalStack start(SuiteLayout layout, StackPorts ports, Path dataDir, boolean withApplications) {
        return start(layout, ports, dataDir, withApplications, Map.of());
    }

    /** @param extraServiceSettings properties added to every service's settings (e.g. tests that run at any hour) */
    public static LocalStack start(SuiteLayout layout, StackPorts ports, Path dataDir, boolean withApplications,
                                   Map<String, String> extraServiceSettings) {
        LocalStack stack = new LocalStack(ports, dataDir, extraServiceSettings);
        try {
            stack.startAll(layout, withApplications);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(SuiteLayout layout, boolean withApplications) {
        Instant begin = Instant.now();
        PidFiles pidFiles = new PidFiles(dataDir.resolve("run"));
        List<String> leftovers = pidFiles.stopLeftovers();
        if (!leftovers.isEmpty()) {
            System.out.println("stopped leftovers of an earlier run: " + leftovers);
        }
        keycloak = track(KeycloakServer.launch(layout, dataDir.resolve("keycloak"), ports.keycloak(), logDir, pidFiles));
        postgres = track(PostgresServer.start(dataDir.resolve("postgres"), ports.postgres()));
        DATABASES.forEach(postgres::ensureDatabase);
        kafka = track(KafkaServer.start(layout, dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController(), logDir, pidFiles));
        kafka.ensureTopics(TOPICS);
        objectStore = track(ObjectStoreServer.start(layout, dataDir.resolve("object-store"), ports.objectStore(), logDir, pidFiles));
        objectStore.ensureBuckets(List.of(MEDIA_BUCKET));
        mail = track(MailSink.start(ports.smtp(), ports.imap(), ports.mailHttp()));
        sms = track(SmsSink.start(ports.sms(), dataDir.resolve("sms/messages.jsonl")));
        if (withApplications) {
            int[] servicePorts = {ports.application(), ports.review(), ports.lifecycle(), ports.notification()};
            for (int i = 0; i < SERVICES.size(); i++) {
                String module = SERVICES.get(i);
                apps.put(module, track(QuarkusAppProcess.launch(layout, module, servicePorts[i],
                        serviceEnv(module), logDir, pidFiles)));
            }
            apps.put("gateway", track(QuarkusAppProcess.launch(layout, "gateway", ports.gateway(), gatewayEnv(), logDir, pidFiles)));
        }
        keycloak.awaitReady();
        apps.values().forEach(QuarkusAppProcess::awaitReady);
        startTime = Duration.between(begin, Instant.now());
    }

    /** The environment that points a service at this stack's servers (the same variables a deployment sets). */
    public Map<String, String> serviceEnv(String module) {
        return ServiceSettings.create()
                .database(postgres, module.replace("-service", ""))
                .kafka(kafka)
                .keycloak(keycloak)
                .objectStore(objectStore)
                .mail(mail)
                .sms(sms)
                .put("studio.gateway-url", "http://127.0.0.1:" + ports.gateway())
                .put("quarkus.rest-client.application-service.url", "http://127.0.0.1:" + ports.application())
                .put("studio.demo.seed", "true")
                .putAll(extraServiceSettings)
                .asEnvironment();
    }

    public Map<String, String> gatewayEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        env.put("STUDIO_GATEWAY_SERVICES_APPLICATION", "http://127.0.0.1:" + ports.application());
        env.put("STUDIO_GATEWAY_SERVICES_REVIEW", "http://127.0.0.1:" + ports.review());
        env.put("STUDIO_GATEWAY_SERVICES_LIFECYCLE", "http://127.0.0.1:" + ports.lifecycle());
        env.put("STUDIO_GATEWAY_SERVICES_NOTIFICATION", "http://127.0.0.1:" + ports.notification());
        // every client of this stack (benchmarks, e2e tests, a developer's browser) is one address, and benchmarks
        // submit as one user: the gateway's limits stay on (their cost is in every measurement) but out of reach
        for (String group : new String[] {"PUBLIC", "ANONYMOUS", "USER"}) {
            env.put("STUDIO_GATEWAY_RATE_LIMIT_" + group + "_REQUESTS", "1000000");
            env.put("STUDIO_GATEWAY_RATE_LIMIT_" + group + "_BURST", "1000000");
        }
        return env;
    }

    /** Starts one more instance of a service on its own port, with the same servers (for scale tests). */
    public QuarkusAppProcess launchAnother(SuiteLayout layout, String module, String name, int port) {
        QuarkusAppProcess app = track(QuarkusAppProcess.launch(layout, module, name, port, serviceEnv(module), logDir, null));
        apps.put(name, app);
        return app.awaitReady();
    }

    /** Kills an application with SIGKILL, as a crash would, and starts it again on the same port. */
    public QuarkusAppProcess crashAndRestart(SuiteLayout layout, String name) {
        QuarkusAppProcess old = apps.get(name);
        old.process().kill();
        started.remove(old);
        String module = old.module();
        QuarkusAppProcess again = track(QuarkusAppProcess.launch(layout, module, name, old.port(),
                module.equals("gateway") ? gatewayEnv() : serviceEnv(module), logDir, null));
        apps.put(name, again);
        return again.awaitReady();
    }

    private <T extends AutoCloseable> T track(T part) {
        started.push(part);
        return part;
    }

    public StackPorts ports() {
        return ports;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logDir() {
        return logDir;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public ObjectStoreServer objectStore() {
        return objectStore;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public MailSink mail() {
        return mail;
    }

    public SmsSink sms() {
        return sms;
    }

    public Map<String, QuarkusAppProcess> apps() {
        return apps;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.gateway();
    }

    public Duration startTime() {
        return startTime;
    }

    /** Process ids of every server process, for measuring (PostgreSQL's postmaster is found through its port). */
    public Map<String, Long> processIds() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("keycloak", keycloak.process().pid());
        pids.put("kafka", kafka.process().pid());
        pids.put("object-store", objectStore.process().pid());
        apps.forEach((name, app) -> pids.put(name, app.process().pid()));
        return pids;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("while stopping " + part.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
