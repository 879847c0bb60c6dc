package cn.studio.testsupport;

import cn.studio.stack.*;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.http.Method;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each server of the library really runs and really does its job. */
class TestServersTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void postgresCreatesADatabasePerServiceAndStoresChineseText() throws Exception {
        String url = TestServers.postgres().ensureDatabase("library_check");
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, "")) {
            c.createStatement().execute("create table t (name text)");
            c.createStatement().execute("insert into t values ('张三职工创新工作室')");
            ResultSet rs = c.createStatement().executeQuery("select name, version() from t");
            rs.next();
            assertEquals("张三职工创新工作室", rs.getString(1));
            assertTrue(rs.getString(2).startsWith("PostgreSQL 17"), rs.getString(2));
        }
        assertEquals(url, TestServers.postgres().ensureDatabase("library_check"), "a second ensure is harmless");
    }

    @Test
    void kafkaBrokerHasTheSuiteTopicsAndDeliversInOrderPerKey() throws Exception {
        KafkaServer kafka = TestServers.kafka();
        String topic = "application-events";
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(topic, key, "event-" + i)).get();
            }
        }
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "check-" + key);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < 5 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        values.add(r.value());
                    }
                }
            }
            assertEquals(6, consumer.partitionsFor(topic).size(), "application-events has 6 partitions");
        }
        assertEquals(List.of("event-0", "event-1", "event-2", "event-3", "event-4"), values);
    }

    @Test
    void objectStoreAcceptsPresignedUploadsAndChecksSignatures() throws Exception {
        ObjectStoreServer store = TestServers.objectStore();
        try (MinioClient client = MinioClient.builder().endpoint(store.endpoint())
                .credentials(ObjectStoreServer.DEFAULT_ACCESS_KEY, ObjectStoreServer.DEFAULT_SECRET_KEY).build()) {
            String object = "check/" + UUID.randomUUID() + ".txt";
            String putUrl = client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Method.PUT)
                    .bucket(LocalStack.MEDIA_BUCKET).object(object).expiry(900).build());
            HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(putUrl))
                    .PUT(HttpRequest.BodyPublishers.ofString("工作室照片")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, put.statusCode(), put.body());
            assertEquals(15, client.statObject(StatObjectArgs.builder().bucket(LocalStack.MEDIA_BUCKET).object(object).build()).size());
            try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(LocalStack.MEDIA_BUCKET).object(object).build())) {
                assertEquals("工作室照片", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        try (MinioClient wrongSecret = MinioClient.builder().endpoint(store.endpoint())
                .credentials(ObjectStoreServer.DEFAULT_ACCESS_KEY, "not-the-secret").build()) {
            assertThrows(Exception.class, () -> wrongSecret.statObject(StatObjectArgs.builder()
                    .bucket(LocalStack.MEDIA_BUCKET).object("anything").build()));
        }
    }

    @Test
    void mailSinkFilesEachCopyInItsMailboxListsItAndServesItOverImap() throws Exception {
        int smtp = Ports.free();
        try (MailSink sink = MailSink.start(smtp, Ports.free(), Ports.free())) {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(smtp));
            MimeMessage message = new MimeMessage(Session.getInstance(props)) {
                @Override
                protected void updateMessageID() throws jakarta.mail.MessagingException {
                    setHeader("Message-ID", "<n-1@studio.local>");
                }
            };
            message.setFrom(new InternetAddress("noreply@studio.local"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("recommender1@studio.local"));
            message.setSubject("申报待推荐", "UTF-8");
            message.setText("工业系统工会：有一份申报等待您推荐。", "UTF-8");
            message.setRecipient(Message.RecipientType.BCC, new InternetAddress(MailSink.ARCHIVE_ADDRESS));
            Transport.send(message);

            HttpResponse<String> listing = HTTP.send(HttpRequest.newBuilder(
                    URI.create(sink.listingUrl() + "?to=recommender1@studio.local")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, listing.statusCode());
            assertTrue(listing.body().contains("申报待推荐"), listing.body());
            assertTrue(listing.body().contains("有一份申报等待您推荐"), listing.body());
            assertEquals(0, sink.messages("someone-else@studio.local").size());
            assertEquals(1, sink.messages("recommender1@studio.local").size(), "the blind copy is not in the To mailbox twice");
            assertEquals("<n-1@studio.local>", sink.messages(MailSink.ARCHIVE_ADDRESS).get(0).messageId());

            jakarta.mail.Store imap = Session.getInstance(new Properties()).getStore("imap");
            imap.connect("127.0.0.1", sink.imapPort(), MailSink.ARCHIVE_LOGIN, MailSink.ARCHIVE_PASSWORD);
            try {
                jakarta.mail.Folder inbox = imap.getFolder("INBOX");
                inbox.open(jakarta.mail.Folder.READ_ONLY);
                assertEquals(1, inbox.search(new jakarta.mail.search.HeaderTerm("Message-ID", "<n-1@studio.local>")).length);
                assertEquals(0, inbox.search(new jakarta.mail.search.HeaderTerm("Message-ID", "<n-2@studio.local>")).length);
            } finally {
                imap.close();
            }
        }
    }

    @Test
    void smsSinkAnswersLikeTheProviderAndKeepsRecordsAcrossRestarts(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path journal = dir.resolve("sms.jsonl");
        int port = Ports.free();
        try (SmsSink sink = SmsSink.start(port, journal)) {
            String form = "PhoneNumbers=13800000021&SignName=" + enc("区总工会") + "&TemplateCode=SMS_1&TemplateParam="
                    + enc("{\"title\":\"张三职工创新工作室\"}");
            HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(URI.create(sink.url() + "/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sent.statusCode());
            assertTrue(sent.body().contains("\"Code\":\"OK\""), sent.body());
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(sink.url() + "/"))
                    .POST(HttpRequest.BodyPublishers.ofString("SignName=x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, refused.statusCode());
        }
        try (SmsSink again = SmsSink.start(port, journal)) {
            assertEquals(1, again.messages("13800000021").size());
            assertEquals("区总工会", again.messages(null).get(0).signName());
            assertTrue(Files.size(journal) > 0);
        }
    }

    @Test
    void aTakenPortIsReportedByName() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Ports.PortTakenException e = assertThrows(Ports.PortTakenException.class,
                    () -> Ports.requireFree(taken.getLocalPort(), "Keycloak"));
            assertTrue(e.getMessage().contains("Keycloak") && e.getMessage().contains(String.valueOf(taken.getLocalPort())));
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
