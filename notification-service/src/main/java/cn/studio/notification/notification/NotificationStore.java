package cn.studio.notification.notification;

import cn.studio.notification.notification.DeliveryRecord.Attempt;
import cn.studio.notification.notification.DeliveryRecord.Outcome;
import cn.studio.notification.notification.Notification.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one owner of tables {@code notification} and {@code delivery_attempt}: plan, claim what is due, record outcomes,
 * queue a fallback, the inbox and the delivery log. Plain JDBC on the service's data source (enlisted in the caller's
 * transaction, so the platform inbox's "processed" mark commits with a plan; see {@link Sql} for why not entities).
 */
@ApplicationScoped
public class NotificationStore {
    private static final String COLUMNS = "id, event_id, event_type, category, recipient, recipient_name, channel, address, "
            + "subject, body_text, body_html, status, next_attempt_at, created_at, fallback_address";

    @Inject
    Sql sql;

    /**
     * Records the notices that don't exist yet (one per event, recipient and channel) and that their recipient has not
     * turned off (a row of {@code notification_preference} with {@code enabled} false for the notice's category and
     * channel: the preferences are applied in the same statement, so a plan costs one round trip however many
     * recipients). A notice planned as SENDING is leased to this instance until {@code leaseUntil}, as a claim would
     * be (its first attempt). Returns the ids of the notices that were new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> plan(List<Notification> notices, Instant leaseUntil) {
        if (notices.isEmpty()) {
            return List.of();
        }
        Timestamp lease = Timestamp.from(leaseUntil);
        return sql.query("insert into notification (" + COLUMNS + ", attempts, lease_until) select u.* from unnest(?::uuid[], "
                + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                + "?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::int4[], ?::timestamptz[]) as u(" + COLUMNS
                + ", attempts, lease_until) "
                + "where not exists (select 1 from notification_preference p where p.username = u.recipient "
                + "and p.category = u.category and p.channel = u.channel and not p.enabled) "
                + "on conflict (event_id, recipient, channel) do nothing returning id",
                rs -> rs.getObject(1, UUID.class),
                Sql.array("uuid", notices, Notification::id),
                Sql.array("text", notices, Notification::eventId),
                Sql.array("text", notices, Notification::eventType),
                Sql.array("text", notices, n -> n.category().name()),
                Sql.array("text", notices, Notification::recipient),
                Sql.array("text", notices, Notification::recipientName),
                Sql.array("text", notices, n -> n.channel().name()),
                Sql.array("text", notices, Notification::address),
                Sql.array("text", notices, Notification::subject),
                Sql.array("text", notices, Notification::text),
                Sql.array("text", notices, Notification::html),
                Sql.array("text", notices, n -> n.status().name()),
                Sql.array("timestamptz", notices, n -> Timestamp.from(n.nextAttemptAt())),
                Sql.array("timestamptz", notices, n -> Timestamp.from(n.createdAt())),
                Sql.array("text", notices, Notification::fallbackAddress),
                Sql.array("int4", notices, n -> n.status() == Status.SENDING ? 1 : 0),
                Sql.array("timestamptz", notices, n -> n.status() == Status.SENDING ? lease : null));
    }

    /**
     * Claims up to {@code limit} due notices (PENDING and due, or SENDING with an expired lease) for one attempt each,
     * skipping rows another instance holds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Claim> claimDue(int limit, Instant now, Instant leaseUntil) {
        return sql.query("""
                with due as (select id, status = 'SENDING' as unfinished from notification
                             where (status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and lease_until < ?)
                             order by next_attempt_at limit ? for update skip locked)
                update notification n set status = 'SENDING', attempts = attempts + 1, lease_until = ?
                from due where n.id = due.id
                returning n.id, n.channel, n.address, n.subject, n.body_text, n.body_html, n.attempts, n.event_type,
                          n.event_id, n.recipient, n.recipient_name, due.unfinished, n.created_at
                """, rs -> new Claim(rs.getObject(1, UUID.class), Channel.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getBoolean(12), Sql.instant(rs, 13)),
                Sql.ts(now), Sql.ts(now), limit, Sql.ts(leaseUntil));
    }

    /** An attempt the provider accepted. */
    public record Sent(Claim claim, Instant started, Instant finished, String providerId) {
    }

    /**
     * Records attempts that were accepted, however many, in two statements: a busy instance records its senders'
     * outcomes together instead of one transaction per notice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSent(List<Sent> sent) {
        if (sent.isEmpty()) {
            return;
        }
        sql.update("insert into delivery_attempt (notification_id, attempt, started_at, finished_at, outcome, provider_id) "
                        + "select u.id, u.attempt, u.started, u.finished, 'SENT', u.provider "
                        + "from unnest(?::uuid[], ?::int4[], ?::timestamptz[], ?::timestamptz[], ?::text[]) as u(id, attempt, started, finished, provider)",
                Sql.array("uuid", sent, s -> s.claim().id()),
                Sql.array("int4", sent, s -> s.claim().attempt()),
                Sql.array("timestamptz", sent, s -> Sql.ts(s.started())),
                Sql.array("timestamptz", sent, s -> Sql.ts(s.finished())),
                Sql.array("text", sent, Sent::providerId));
        sql.update("update notification n set status = 'SENT', sent_at = u.finished, provider_id = u.provider, lease_until = null, "
                        + "last_error = null from unnest(?::uuid[], ?::timestamptz[], ?::text[]) as u(id, finished, provider) where n.id = u.id",
                Sql.array("uuid", sent, s -> s.claim().id()),
                Sql.array("timestamptz", sent, s -> Sql.ts(s.finished())),
                Sql.array("text", sent, Sent::providerId));
    }

    /** Gives back claims no sender started (an instance stopping): due again at once, the attempt not counted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(List<UUID> claimed) {
        if (!claimed.isEmpty()) {
            sql.update("update notification set status = 'PENDING', attempts = attempts - 1, lease_until = null "
                    + "where id = any(?) and status = 'SENDING'", Sql.array("uuid", claimed, id -> id));
        }
    }

    /** Records one attempt's outcome: SENT, or RETRY (pending again at {@code nextAttempt}), or FAILED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAttempt(Claim claim, Instant started, Instant finished, Outcome outcome, String providerId,
                              String error, Instant nextAttempt) {
        sql.update("insert into delivery_attempt (notification_id, attempt, started_at, finished_at, outcome, provider_id, error) "
                + "values (?, ?, ?, ?, ?, ?, ?)", claim.id(), claim.attempt(), Sql.ts(started), Sql.ts(finished), outcome.name(), providerId, error);
        switch (outcome) {
            case SENT -> sql.update("update notification set status = 'SENT', sent_at = ?, provider_id = ?, lease_until = null, "
                    + "last_error = null where id = ?", Sql.ts(finished), providerId, claim.id());
            case RETRY -> sql.update("update notification set status = 'PENDING', next_attempt_at = ?, last_error = ?, "
                    + "lease_until = null where id = ?", Sql.ts(nextAttempt), error, claim.id());
            case FAILED -> sql.update("update notification set status = 'FAILED', last_error = ?, lease_until = null where id = ?",
                    error, claim.id());
        }
    }

    /**
     * Queues an e-mail in place of a failed SMS, to the address the SMS kept, unless that recipient already has an
     * e-mail for the event. Returns whether one was queued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queueEmailFallback(UUID smsId, Instant now) {
        return sql.update("""
                insert into notification (id, event_id, event_type, category, recipient, recipient_name, channel, address,
                                          subject, body_text, body_html, status, next_attempt_at, created_at, fallback_of)
                select ?, n.event_id, n.event_type, n.category, n.recipient, n.recipient_name, 'EMAIL', n.fallback_address,
                       n.subject, n.body_text, n.body_html, 'PENDING', ?, ?, n.id
                from notification n
                where n.id = ? and n.fallback_address is not null
                on conflict (event_id, recipient, channel) do nothing
                """, UUID.randomUUID(), Sql.ts(now), Sql.ts(now), smsId) == 1;
    }

    @Transactional
    public List<InboxItem> inbox(String user, boolean unreadOnly, int limit) {
        return sql.query("select id, event_type, category, subject, body_text, created_at, read_at from notification "
                        + "where channel = 'INBOX' and recipient = ? " + (unreadOnly ? "and read_at is null " : "")
                        + "order by created_at desc limit ?",
                rs -> new InboxItem(rs.getObject(1, UUID.class), rs.getString(2), Category.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), Sql.instant(rs, 6), Sql.instant(rs, 7)), user, limit);
    }

    @Transactional
    public long unreadCount(String user) {
        return sql.query("select count(*) from notification where channel = 'INBOX' and recipient = ? and read_at is null",
                rs -> rs.getLong(1), user).get(0);
    }

    /** @return false when the user has no such inbox message */
    @Transactional
    public boolean markRead(String user, UUID id, Instant now) {
        return sql.update("update notification set read_at = coalesce(read_at, ?) where id = ? and channel = 'INBOX' and recipient = ?",
                Sql.ts(now), id, user) == 1;
    }

    @Transactional
    public void markAllRead(String user, Instant now) {
        sql.update("update notification set read_at = ? where channel = 'INBOX' and recipient = ? and read_at is null", Sql.ts(now), user);
    }

    /** Notices other than inbox messages, newest first, each with its attempts. */
    @Transactional
    public List<DeliveryRecord> deliveries(DeliveryRecord.Filter f) {
        StringBuilder where = new StringBuilder("where channel <> 'INBOX'");
        List<Object> params = new ArrayList<>();
        if (f.eventId() != null) {
            where.append(" and event_id = ?");
            params.add(f.eventId());
        }
        if (f.recipient() != null) {
            where.append(" and (recipient = ? or address = ?)");
            params.add(f.recipient());
            params.add(f.recipient());
        }
        if (f.channel() != null) {
            where.append(" and channel = ?");
            params.add(f.channel().name());
        }
        if (f.status() != null) {
            where.append(" and status = ?");
            params.add(f.status().name());
        }
        params.add(f.limit());
        List<DeliveryRecord> found = sql.query("select id, event_id, event_type, recipient, recipient_name, channel, address, "
                        + "subject, status, attempts, next_attempt_at, provider_id, last_error, created_at, sent_at, fallback_of "
                        + "from notification " + where + " order by created_at desc limit ?",
                rs -> new DeliveryRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Channel.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                        Status.valueOf(rs.getString(9)), rs.getInt(10), Sql.instant(rs, 11), rs.getString(12), rs.getString(13),
                        Sql.instant(rs, 14), Sql.instant(rs, 15), rs.getObject(16, UUID.class), new ArrayList<>()),
                params.toArray());
        if (!found.isEmpty()) {
            Map<UUID, List<Attempt>> byNotice = new HashMap<>();
            found.forEach(d -> byNotice.put(d.id(), d.attemptLog()));
            sql.query("select notification_id, attempt, started_at, finished_at, outcome, provider_id, error from delivery_attempt "
                            + "where notification_id = any(?) order by notification_id, attempt",
                    rs -> byNotice.get(rs.getObject(1, UUID.class)).add(new Attempt(rs.getInt(2), Sql.instant(rs, 3),
                            Sql.instant(rs, 4), Outcome.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7))),
                    Sql.array("uuid", found, DeliveryRecord::id));
        }
        return found;
    }
}
