package cn.studio.notification.delivery;

import cn.studio.notification.notification.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Sends an SMS through the provider; one that may already have gone out is first looked up there by its OutId. */
@ApplicationScoped
public class SmsSender {
    private static final Logger LOG = Logger.getLogger(SmsSender.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    SmsProvider sms;

    @Inject
    Clock clock;

    /** @return the provider's message id */
    String send(Claim n) {
        if (n.mayHaveGoneOut()) {
            LocalDate today = LocalDate.now(clock.withZone(BEIJING));
            for (LocalDate d = n.createdAt().atZone(BEIJING).toLocalDate(); !d.isAfter(today); d = d.plusDays(1)) {
                Optional<String> sent = sms.wasSent(n.address(), n.id().toString(), d);
                if (sent.isPresent()) {
                    LOG.infof("SMS %s had gone out before; not sent again", n.id());
                    return sent.get();
                }
            }
        }
        return sms.send(n.address(), n.text(), n.id().toString());
    }
}
