package cn.studio.stack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) that keeps every message it accepts, for any recipient, plus an HTTP listing:
 * {@code GET /messages} (JSON, newest last; {@code ?to=} filters by recipient) and {@code DELETE /messages}.
 */
public final class MailSink implements AutoCloseable {
    private final GreenMail greenMail;
    private final HttpServer http;
    private final int smtpPort;
    private final int httpPort;

    private MailSink(GreenMail greenMail, HttpServer http, int smtpPort, int httpPort) {
        this.greenMail = greenMail;
        this.http = http;
        this.smtpPort = smtpPort;
        this.httpPort = httpPort;
    }

    public static MailSink start(int smtpPort, int httpPort) {
        Ports.requireFree(smtpPort, "SMTP server");
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        HttpServer http = JsonHttp.server(httpPort, "mail listing");
        MailSink sink = new MailSink(greenMail, http, smtpPort, httpPort);
        http.createContext("/messages", exchange -> {
            try (exchange) {
                switch (exchange.getRequestMethod()) {
                    case "GET" -> JsonHttp.send(exchange, 200, sink.messages(query(exchange.getRequestURI().getQuery(), "to")));
                    case "DELETE" -> {
                        sink.clear();
                        JsonHttp.send(exchange, 204, null);
                    }
                    default -> JsonHttp.send(exchange, 405, null);
                }
            }
        });
        http.start();
        return sink;
    }

    public record ReceivedMail(Instant receivedAt, String from, List<String> to, String subject, String text,
                               String html) {
    }

    public List<ReceivedMail> messages(String recipient) {
        List<ReceivedMail> result = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                ReceivedMail mail = toMail(message);
                if (recipient == null || mail.to().stream().anyMatch(t -> t.equalsIgnoreCase(recipient))) {
                    result.add(mail);
                }
            } catch (MessagingException | IOException e) {
                result.add(new ReceivedMail(Instant.now(), "?", List.of(), "(unreadable: " + e.getMessage() + ")", "", ""));
            }
        }
        return result;
    }

    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new StackException("cannot purge mail: " + e.getMessage(), e);
        }
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public String listingUrl() {
        return "http://127.0.0.1:" + httpPort + "/messages";
    }

    private static ReceivedMail toMail(MimeMessage message) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        collectText(message, text, html);
        Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.now();
        Address[] from = message.getFrom();
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return new ReceivedMail(received, from == null || from.length == 0 ? "" : from[0].toString(),
                to == null ? List.of() : Arrays.stream(to).map(MailSink::address).toList(),
                message.getSubject(), text.toString(), html.toString());
    }

    private static String address(Address address) {
        return address instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : address.toString();
    }

    private static void collectText(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collectText(body, text, html);
            }
        }
    }

    static String query(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public void close() {
        http.stop(0);
        greenMail.stop();
    }
}
