package cn.studio.notification.delivery;

import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.Claim;
import io.quarkus.mailer.Mail;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the sender decides when the archive mailbox cannot be asked (the real archive is exercised in SenderDiedTest). */
class EmailSenderTest {
    private final List<Mail> sent = new ArrayList<>();

    private EmailSender sender(Optional<Boolean> archiveAnswer, boolean archiveDown) {
        EmailSender s = new EmailSender();
        s.mailer = mails -> {
            sent.addAll(List.of(mails));
            return Uni.createFrom().voidItem();
        };
        s.archive = new MailArchive() {
            @Override
            public Optional<String> address() {
                return Optional.of("archive@studio.local");
            }

            @Override
            public synchronized Optional<Boolean> holds(String messageId) {
                if (archiveDown) {
                    throw new IllegalStateException("mail archive not reachable over IMAP: connection refused");
                }
                return archiveAnswer;
            }
        };
        s.policy = policy();
        s.messageIdDomain = "studio.local";
        return s;
    }

    private static Claim claim(int attempt, boolean unfinished) {
        return new Claim(UUID.randomUUID(), Channel.EMAIL, "recommender1@studio.local", "【待推荐】", "正文", "<p>正文</p>", attempt,
                "application.submitted", "e-1", "recommender1", "推荐人", unfinished, Instant.now());
    }

    @Test
    void aFirstAttemptIsSentWithItsStableMessageIdAndABlindCopy() {
        Claim n = claim(1, false);
        assertEquals("<" + n.id() + "@studio.local>", sender(Optional.of(false), true).send(n));
        assertEquals(1, sent.size(), "a first attempt does not ask the archive, even when it is down");
        assertEquals(List.of("<" + n.id() + "@studio.local>"), sent.get(0).getHeaders().get("Message-ID"));
        assertEquals(List.of("archive@studio.local"), sent.get(0).getBcc());
    }

    @Test
    void whatTheArchiveHoldsIsNotSentAgain() {
        sender(Optional.of(true), false).send(claim(1, true));
        assertEquals(0, sent.size());
    }

    @Test
    void anUnreachableArchiveFailsTheAttemptUntilTheLastOneWhichSendsUnchecked() {
        assertThrows(IllegalStateException.class, () -> sender(Optional.empty(), true).send(claim(2, false)));
        assertEquals(0, sent.size());
        sender(Optional.empty(), true).send(claim(6, false));
        assertEquals(1, sent.size(), "a notice lost is worse than one sent twice");
    }

    private static DeliveryPolicy policy() {
        return new DeliveryPolicy() {
            public int maxAttempts() { return 6; }
            public Duration firstDelay() { return Duration.ofSeconds(5); }
            public Duration maxDelay() { return Duration.ofMinutes(30); }
            public Duration lease() { return Duration.ofMinutes(2); }
            public Duration sendTimeout() { return Duration.ofSeconds(30); }
            public Duration poll() { return Duration.ofSeconds(1); }
            public int parallel() { return 8; }
        };
    }
}
