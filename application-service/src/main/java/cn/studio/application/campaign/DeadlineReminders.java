package cn.studio.application.campaign;

import cn.studio.application.ApplicationTopics;
import cn.studio.platform.events.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Announces {@code campaign.deadline-approaching} 7 days and 1 day before an open campaign's deadline, naming the units
 * whose applications are still unsubmitted. Each reminder is recorded, so restarts and several instances send it once.
 */
@ApplicationScoped
public class DeadlineReminders {
    static final List<Integer> DAYS_BEFORE = List.of(7, 1);

    @Inject
    Outbox outbox;

    @Inject
    UnsubmittedUnits unsubmitted;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Scheduled(every = "${studio.reminders.every:10m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** @return how many reminders were announced */
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Campaign campaign : Campaign.<Campaign>list("state = ?1 and deadline > ?2", CampaignState.OPEN, now)) {
            Integer due = DAYS_BEFORE.stream()
                    .filter(days -> !now.isBefore(campaign.deadline.minus(Duration.ofDays(days))))
                    .min(Integer::compare).orElse(null);
            if (due == null || !claim(campaign, due, now)) {
                continue;
            }
            outbox.publish(ApplicationTopics.EVENTS, CampaignEvents.DEADLINE_APPROACHING, campaign.id.toString(),
                    "campaign/" + campaign.id, new CampaignEvents.DeadlineApproaching(campaign.id, campaign.title,
                            campaign.deadline.atZone(Campaign.ZONE).toOffsetDateTime(), due,
                            unsubmitted.of(campaign.id)));
            sent++;
        }
        return sent;
    }

    /** Marks this reminder (and any longer one it supersedes) as sent; false if another run already did. */
    private boolean claim(Campaign campaign, int days, Instant now) {
        int claimed = 0;
        for (int d : DAYS_BEFORE) {
            if (d >= days) {
                claimed += em.createNativeQuery("insert into campaign_reminder (campaign_id, days_before, sent_at) "
                        + "values (?1, ?2, ?3) on conflict do nothing").setParameter(1, campaign.id).setParameter(2, d)
                        .setParameter(3, now).executeUpdate() > 0 && d == days ? 1 : 0;
            }
        }
        return claimed > 0;
    }
}
