package cn.studio.notification.delivery;

import cn.studio.notification.Events;
import cn.studio.stack.MailSink;
import cn.studio.testsupport.TestServers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A claim whose sender died (status SENDING, lease run out) is taken again. What the provider or the archive mailbox
 * already has is not sent again; what it lacks is sent.
 */
@QuarkusTest
class SenderDiedTest {
    private static final Duration WAIT = Duration.ofSeconds(40);

    @Inject
    EntityManager em;

    /** A submission's notices, once delivered on the first attempt. */
    private record Delivered(String event, String studio) {
    }

    private Delivered submittedAndDelivered(String mark) {
        String app = UUID.randomUUID().toString();
        String studio = mark + app.substring(0, 6) + "职工创新工作室";
        String event = UUID.randomUUID().toString();
        Events.send("application-events", app, Events.submitted(event, app, studio));
        await().atMost(WAIT).until(() -> mails(studio).size() == 1 && sms(studio) == 1
                && attempts(event, "EMAIL") == 1 && attempts(event, "SMS") == 1);
        return new Delivered(event, studio);
    }

    @Test
    void aNoticeThatWentOutBeforeItsSenderDiedIsNotSentAgain() {
        Delivered d = submittedAndDelivered("崩");
        String event = d.event();
        String studio = d.studio();

        // as if the instance had died after the provider accepted, before it recorded so
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update notification set status = 'SENDING', "
                + "lease_until = now() - interval '1 second', sent_at = null where event_id = ?1 and channel in ('EMAIL', 'SMS')")
                .setParameter(1, event).executeUpdate());
        await().atMost(WAIT).until(() -> attempts(event, "EMAIL") == 2 && attempts(event, "SMS") == 2 && sent(event) == 2);

        assertEquals(1, mails(studio).size(), "the archive held the e-mail");
        assertEquals(1, sms(studio), "the provider had the SMS");
        String emailId = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select id::text from notification where event_id = ?1 and channel = 'EMAIL'").setParameter(1, event).getSingleResult());
        assertEquals("<" + emailId + "@studio.local>", mails(studio).get(0).messageId());
        assertEquals(1, TestServers.mail().messages(MailSink.ARCHIVE_ADDRESS).stream()
                .filter(m -> m.subject().contains(studio)).count(), "the blind copy");
    }

    @Test
    void aNoticeWhoseSenderDiedBeforeSendingIsSent() {
        Delivered d = submittedAndDelivered("断");
        String event = d.event();
        String studio = d.studio();

        // a second notice for another event, claimed by an instance that died before it reached the SMTP server
        String lost = UUID.randomUUID().toString();
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into notification (id, event_id, event_type, category, recipient, recipient_name, channel, address,
                                          subject, body_text, body_html, status, attempts, next_attempt_at, lease_until, created_at)
                select ?1, ?2, event_type, category, recipient, recipient_name, channel, address, subject, body_text, body_html,
                       'SENDING', 1, now(), now() - interval '1 second', now()
                from notification where event_id = ?3 and channel = 'EMAIL'
                """).setParameter(1, id).setParameter(2, lost).setParameter(3, event).executeUpdate());
        await().atMost(WAIT).until(() -> mails(studio).size() == 2);
        assertEquals("<" + id + "@studio.local>", mails(studio).get(1).messageId());
        await().atMost(WAIT).until(() -> sent(lost) == 1);
    }

    private static List<MailSink.ReceivedMail> mails(String studio) {
        return TestServers.mail().messages("recommender1@studio.local").stream().filter(m -> m.subject().contains(studio)).toList();
    }

    private static long sms(String studio) {
        return TestServers.sms().messages("13800000021").stream().filter(s -> s.templateParam().contains(studio)).count();
    }

    private long attempts(String event, String channel) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from delivery_attempt a "
                + "join notification n on n.id = a.notification_id where n.event_id = ?1 and n.channel = ?2")
                .setParameter(1, event).setParameter(2, channel).getSingleResult()).longValue());
    }

    private long sent(String event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from notification "
                + "where event_id = ?1 and channel in ('EMAIL', 'SMS') and status = 'SENT'").setParameter(1, event)
                .getSingleResult()).longValue());
    }
}
