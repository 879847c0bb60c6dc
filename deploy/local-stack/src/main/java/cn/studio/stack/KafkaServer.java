package cn.studio.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** An Apache Kafka broker in KRaft mode (broker and controller in one node), as its own JVM process. */
public final class KafkaServer implements AutoCloseable {
    private final ManagedProcess process;
    private final int port;
    private final int controllerPort;

    private KafkaServer(ManagedProcess process, int port, int controllerPort) {
        this.process = process;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public static KafkaServer start(SuiteLayout layout, Path dataDir, int port, int controllerPort, Path logDir,
                                    PidFiles pidFiles) {
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "Kafka controller");
        try {
            Path config = dataDir.resolve("config");
            Path logs = dataDir.resolve("logs");
            Files.createDirectories(config);
            Path serverProperties = config.resolve("server.properties");
            Files.writeString(serverProperties, serverProperties(port, controllerPort, logs));
            Path log4j = config.resolve("log4j2.properties");
            Files.writeString(log4j, log4jProperties(logDir.resolve("kafka-server.log")));
            String classpath = layout.kafkaLibs().resolve("*").toString();
            Path logFile = logDir.resolve("kafka.log");
            if (!Files.exists(logs.resolve("meta.properties"))) {
                ManagedProcess.runToCompletion("kafka-format", List.of(Java.executable(), "-cp", classpath,
                        "-Dlog4j2.configurationFile=" + log4j, "kafka.tools.StorageTool", "format",
                        "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString(), "--standalone"),
                        dataDir, logFile, Duration.ofSeconds(60));
            }
            ManagedProcess process = ManagedProcess.start("kafka", List.of(Java.executable(),
                    "-Xms128m", "-Xmx768m", "-XX:+UseG1GC", "-cp", classpath,
                    "-Dlog4j2.configurationFile=" + log4j, "kafka.Kafka", serverProperties.toString()),
                    Map.of(), dataDir, logFile, pidFiles);
            KafkaServer server = new KafkaServer(process, port, controllerPort);
            process.awaitReady(server::answers, Duration.ofSeconds(90));
            return server;
        } catch (IOException e) {
            throw new StackException("Kafka could not be configured: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public ManagedProcess process() {
        return process;
    }

    /** Creates the topics that do not exist yet, with the given partition counts. */
    public void ensureTopics(Map<String, Integer> partitionsByTopic) {
        try (Admin admin = admin()) {
            for (Map.Entry<String, Integer> topic : partitionsByTopic.entrySet()) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic.getKey(), topic.getValue(), (short) 1)))
                            .all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new StackException("cannot create topic " + topic.getKey() + ": " + e.getCause(), e);
                    }
                }
            }
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new StackException("cannot create topics: " + e, e);
        }
    }

    private boolean answers() {
        if (!Waits.portOpen(port)) {
            return false;
        }
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return Admin.create(props);
    }

    private static String serverProperties(int port, int controllerPort, Path logs) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logs,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "log.retention.hours=720",
                "") ;
    }

    private static String log4jProperties(Path file) {
        return String.join("\n",
                "status = warn",
                "appender.file.type = File",
                "appender.file.name = FILE",
                "appender.file.fileName = " + file,
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "appender.out.type = Console",
                "appender.out.name = STDOUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.file.ref = FILE",
                "logger.started.name = kafka.server",
                "logger.started.level = INFO",
                "");
    }

    @Override
    public void close() {
        process.close();
    }
}
