package cn.studio.testsupport;

import cn.studio.stack.*;
import java.nio.file.Path;
import java.util.List;

/**
 * The real servers a module's tests run against, started at most once per test JVM on free ports, with fresh data
 * under {@code target/test-servers}, and stopped when the JVM exits.
 */
public final class TestServers {
    private static final Path DATA = Path.of("target", "test-servers").toAbsolutePath();
    private static PostgresServer postgres;
    private static KafkaServer kafka;
    private static ObjectStoreServer objectStore;
    private static KeycloakServer keycloak;
    private static MailSink mail;
    private static SmsSink sms;
    private static boolean hookInstalled;
    private static int[] kafkaPorts;
    private static int[] mailPorts;

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

    /** Real Keycloak with the studio realm; its unpacked home is kept in target/ between runs of the module. */
    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            prepare();
            int port = Ports.free();
            while (Waits.portOpen(port + 1)) {
                port = Ports.free();
            }
            keycloak = KeycloakServer.launch(SuiteLayout.locate(), Path.of("target", "keycloak-home").toAbsolutePath(),
                    port, DATA.resolve("logs"), null).awaitReady();
        }
        return keycloak;
    }

    public static synchronized MailSink mail() {
        if (mail == null) {
            prepare();
            mail = MailSink.start(Ports.free(), Ports.free(), Ports.free());
        }
        return mail;
    }

    public static synchronized SmsSink sms() {
        if (sms == null) {
            prepare();
            sms = SmsSink.start(Ports.free(), null);
        }
        return sms;
    }

    /** Stops the mail server, SMTP and IMAP (for fault tests); {@link #restartMail()} brings it back on the same port. */
    public static synchronized void stopMail() {
        mailPorts = new int[]{mail().smtpPort(), mail().imapPort(), mail().httpPort()};
        mail.close();
        mail = null;
    }

    public static synchronized MailSink restartMail() {
        if (mail == null) {
            mail = MailSink.start(mailPorts[0], mailPorts[1], mailPorts[2]);
        }
        return mail;
    }

    /** A real access token from the test Keycloak (password grant; demo users' password is their name). */
    public static String keycloakToken(String user) {
        try {
            String form = "grant_type=password&client_id=studio-spa&username=" + user + "&password=" + user;
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(keycloak().tokenUrl())).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            if (!json.has("access_token")) {
                throw new StackException("no token for " + user + ": " + response.body());
            }
            return json.get("access_token").asText();
        } catch (java.io.IOException e) {
            throw new StackException("Keycloak token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }

    private static void prepare() {
        if (hookInstalled) {
            return;
        }
        Folders.deleteRecursively(DATA);
        Runtime.getRuntime().addShutdownHook(new Thread(TestServers::stopAll, "test-servers-shutdown"));
        hookInstalled = true;
    }

    private static synchronized void stopAll() {
        for (AutoCloseable server : new AutoCloseable[]{sms, mail, keycloak, objectStore, kafka, postgres}) {
            if (server != null) {
                try {
                    server.close();
                } catch (Exception e) {
                    System.err.println("stopping " + server.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
    }
}
