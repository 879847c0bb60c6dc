package cn.studio.bench;

import cn.studio.stack.KeycloakServer;
import cn.studio.stack.MailSink;
import cn.studio.testsupport.SampleEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** One campaign.opened to N applicants, against a plain SMTP client sending the same N e-mails to the same server. */
final class FanOut {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOMAIN = "fanout.bench";
    private final KeycloakServer keycloak;
    private final String kafka;
    private final MailSink mail;
    private final HttpClient http = HttpClient.newHttpClient();

    FanOut(KeycloakServer keycloak, String kafka, MailSink mail) {
        this.keycloak = keycloak;
        this.kafka = kafka;
        this.mail = mail;
    }

    /** Directory users with role applicant and an e-mail address, through the admin API's partial import. */
    void createApplicants(int n) throws Exception {
        Instant began = Instant.now();
        for (int from = 0; from < n; from += 1000) {
            List<Map<String, Object>> users = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + 1000); i++) {
                users.add(Map.of("username", "bench" + i, "enabled", true, "email", "bench" + i + "@" + DOMAIN,
                        "emailVerified", true, "firstName", "基准", "lastName", "用户" + i,
                        "attributes", Map.of("org", List.of("bench-unit-" + (i % 100))), "realmRoles", List.of("applicant")));
            }
            String body = JSON.writeValueAsString(Map.of("ifResourceExists", "SKIP", "users", users));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms/"
                            + KeycloakServer.REALM + "/partialImport")).header("Authorization", "Bearer " + adminToken())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("partial import: " + r.statusCode() + " " + r.body());
            }
        }
        System.out.printf("%ncreated %d applicants in Keycloak in %d s%n", n, Duration.between(began, Instant.now()).toSeconds());
    }

    /** Publishes one campaign.opened; returns e-mails per second from the event until the last e-mail was accepted. */
    double campaignOpened(int n) throws Exception {
        String campaign = UUID.randomUUID().toString();
        String title = "基准" + campaign.substring(0, 8) + "创建活动";
        String event = SampleEvents.cloudEvent(UUID.randomUUID().toString(), "campaign.opened", "campaign/" + campaign,
                "/bench", Map.of("campaignId", campaign, "year", 2026, "title", title,
                        "deadline", "2026-12-31T17:00:00+08:00", "quota", 10, "contactPerson", "王老师", "contactPhones", "010-1"));
        long sent;
        lastTitle = title;
        try (KafkaProducer<String, String> producer = Latency.producer(kafka)) {
            sent = System.currentTimeMillis();
            producer.send(new ProducerRecord<>("application-events", campaign, event)).get();
        }
        lastSentAt = sent;
        long end = System.currentTimeMillis() + 600_000;
        List<MailSink.Receipt> received = List.of();
        while (received.size() < n && System.currentTimeMillis() < end) {
            Thread.sleep(2000);
            received = mail.receipts(title, "@" + DOMAIN);
        }
        if (received.size() < n) {
            System.out.printf("only %d of %d e-mails arrived%n", received.size(), n);
        }
        long last = received.stream().mapToLong(r -> r.receivedAt().toEpochMilli()).max().orElse(sent);
        return received.size() * 1000.0 / Math.max(1, last - sent);
    }

    private String lastTitle;
    private long lastSentAt;

    /**
     * Where the last {@link #campaignOpened} run's time went, from notification-service's own tables: event → its
     * notices stamped (planning began), → the first e-mail's attempt began, → the last e-mail's attempt ended.
     */
    String phases(String notificationJdbcUrl, String user) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(notificationJdbcUrl, user, "");
             java.sql.PreparedStatement q = db.prepareStatement("""
                     select min(n.created_at), min(a.started_at), max(a.finished_at) from notification n
                     join delivery_attempt a on a.notification_id = n.id and a.attempt = 1
                     where n.channel = 'EMAIL' and n.subject like ?""")) {
            q.setString(1, "%" + lastTitle + "%");
            try (java.sql.ResultSet rs = q.executeQuery()) {
                rs.next();
                return String.format("event → planning began %d ms, → first e-mail sent %d ms, → last e-mail sent %d ms",
                        rs.getTimestamp(1).getTime() - lastSentAt, rs.getTimestamp(2).getTime() - lastSentAt,
                        rs.getTimestamp(3).getTime() - lastSentAt);
            }
        }
    }

    /**
     * The same number of e-mails of the same size, each to its own new mailbox with a blind copy to the archive mailbox
     * (as the service sends them), from one SMTP connection, one after another.
     */
    double plainSmtpClient(int smtpPort, int n) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(props);
        String text = "基准用户：\n\n" + "2026年职工创新工作室创建活动现已开始申报，申报截止时间 2026-12-31。".repeat(3);
        long start = System.currentTimeMillis();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < n; i++) {
                MimeMessage m = new MimeMessage(session);
                m.setFrom(new InternetAddress("noreply@studio.local"));
                InternetAddress to = new InternetAddress("plain" + i + "@" + DOMAIN);
                m.setRecipient(Message.RecipientType.TO, to);
                m.setSubject("【开始申报】基准", "UTF-8");
                m.setText(text, "UTF-8");
                transport.sendMessage(m, new InternetAddress[]{to, new InternetAddress(MailSink.ARCHIVE_ADDRESS)});
            }
        }
        return n * 1000.0 / Math.max(1, System.currentTimeMillis() - start);
    }

    private String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(KeycloakServer.ADMIN_USER, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(KeycloakServer.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).path("access_token").asText();
    }
}
