package cn.studio.stack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
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
import java.util.Map;

/**
 * A real mail server (GreenMail): SMTP that accepts any recipient and files each copy in that recipient's mailbox, IMAP
 * for reading mailboxes back (the notices' archive mailbox among them), and an HTTP listing: {@code GET /messages}
 * (JSON, newest last; {@code ?to=} gives one recipient's mailbox) and {@code DELETE /messages}.
 */
public final class MailSink implements AutoCloseable {
    private final GreenMail greenMail;
    private final HttpServer http;
    private final int smtpPort;
    private final int imapPort;
    private final int httpPort;

    /** The mailbox that receives a blind copy of every notice, so a sender can ask over IMAP whether one went out. */
    public static final String ARCHIVE_ADDRESS = "notices-archive@studio.local";
    public static final String ARCHIVE_LOGIN = "notices-archive";
    public static final String ARCHIVE_PASSWORD = "notices-archive-secret";

    /** notification-service's settings for this server's archive mailbox, as config properties. */
    public static Map<String, String> archiveSettings(int imapPort) {
        return Map.of("studio.mail.archive.address", ARCHIVE_ADDRESS,
                "studio.mail.archive.imap-host", "127.0.0.1",
                "studio.mail.archive.imap-port", String.valueOf(imapPort),
                "studio.mail.archive.imap-ssl", "false",
                "studio.mail.archive.username", ARCHIVE_LOGIN,
                "studio.mail.archive.password", ARCHIVE_PASSWORD);
    }

    private MailSink(GreenMail greenMail, HttpServer http, int smtpPort, int imapPort, int httpPort) {
        this.greenMail = greenMail;
        this.http = http;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.httpPort = httpPort;
    }

    public static MailSink start(int smtpPort, int imapPort, int httpPort) {
        Ports.requireFree(smtpPort, "SMTP server");
        Ports.requireFree(imapPort, "IMAP server");
        GreenMail greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        greenMail.setUser(ARCHIVE_ADDRESS, ARCHIVE_LOGIN, ARCHIVE_PASSWORD);
        HttpServer http = JsonHttp.server(httpPort, "mail listing");
        MailSink sink = new MailSink(greenMail, http, smtpPort, imapPort, httpPort);
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

    /** One copy of a message as filed in {@code mailbox} (a blind copy is filed in its recipient's mailbox too). */
    public record ReceivedMail(String mailbox, Instant receivedAt, String messageId, String from, List<String> to,
                               String subject, String text, String html) {
    }

    /** The messages in one recipient's mailbox, or in every mailbox when {@code recipient} is null; oldest first. */
    public List<ReceivedMail> messages(String recipient) {
        List<ReceivedMail> result = new ArrayList<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            if (recipient != null && !user.getEmail().equalsIgnoreCase(recipient)) {
                continue;
            }
            try {
                for (StoredMessage stored : greenMail.getManagers().getImapHostManager().getInbox(user).getNonDeletedMessages()) {
                    result.add(toMail(user.getEmail(), stored.getMimeMessage()));
                }
            } catch (FolderException e) {
                throw new StackException("cannot read the mailbox of " + user.getEmail() + ": " + e.getMessage(), e);
            }
        }
        result.sort(java.util.Comparator.comparing(ReceivedMail::receivedAt));
        return result;
    }

    /** A message's subject and when the server accepted it. */
    public record Receipt(String subject, Instant receivedAt) {
    }

    /**
     * Each message whose subject contains {@code subjectPart} in a mailbox ending in {@code mailboxSuffix}: headers
     * only, for counting thousands of messages cheaply.
     */
    public List<Receipt> receipts(String subjectPart, String mailboxSuffix) {
        List<Receipt> receipts = new ArrayList<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            if (!user.getEmail().endsWith(mailboxSuffix)) {
                continue;
            }
            try {
                for (StoredMessage stored : greenMail.getManagers().getImapHostManager().getInbox(user).getNonDeletedMessages()) {
                    String subject = stored.getMimeMessage().getSubject();
                    if (subject != null && subject.contains(subjectPart)) {
                        receipts.add(new Receipt(subject, receivedAt(stored.getMimeMessage())));
                    }
                }
            } catch (FolderException | MessagingException e) {
                throw new StackException("cannot read the mailbox of " + user.getEmail() + ": " + e.getMessage(), e);
            }
        }
        return receipts;
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

    public int imapPort() {
        return imapPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public String listingUrl() {
        return "http://127.0.0.1:" + httpPort + "/messages";
    }

    private static Instant receivedAt(MimeMessage message) throws MessagingException {
        return message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.now();
    }

    private static ReceivedMail toMail(String mailbox, MimeMessage message) {
        try {
            return read(mailbox, message);
        } catch (MessagingException | IOException e) {
            return new ReceivedMail(mailbox, Instant.now(), null, "?", List.of(), "(unreadable: " + e.getMessage() + ")", "", "");
        }
    }

    private static ReceivedMail read(String mailbox, MimeMessage message) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        collectText(message, text, html);
        Instant received = receivedAt(message);
        Address[] from = message.getFrom();
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return new ReceivedMail(mailbox, received, message.getMessageID(), from == null || from.length == 0 ? "" : from[0].toString(),
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
