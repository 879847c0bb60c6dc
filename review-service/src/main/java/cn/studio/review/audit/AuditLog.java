package cn.studio.review.audit;

import cn.studio.platform.web.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes the audit trail in the transaction of the action it records: an action without its entry can't commit.
 * Decision entries are chained; the chain is extended under a transaction-scoped advisory lock so two decisions can't
 * both link to the same predecessor.
 */
@ApplicationScoped
public class AuditLog {
    private static final long CHAIN_LOCK = 0x5245564945574348L; // "REVIEWCH"

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper objectMapper;

    private ObjectMapper canonical;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, Object before, Object after) {
        em.persist(entry(action, subjectType, subjectId, before, after));
    }

    /** An entry of the decision chain. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChained(String action, String subjectType, Object subjectId, Object before, Object after) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", CHAIN_LOCK).getSingleResult();
        AuditEntry last = AuditEntry.<AuditEntry>find("chained = true order by seq desc").firstResult();
        AuditEntry e = entry(action, subjectType, subjectId, before, after);
        e.chained = true;
        e.prevHash = last == null ? AuditChain.GENESIS : last.hash;
        e.hash = AuditChain.hash(e.prevHash, e);
        em.persist(e);
    }

    public List<AuditEntry> list(String subjectType, String subjectId, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (subjectType != null) {
            where.append(" and subjectType = :type");
            params.put("type", subjectType);
        }
        if (subjectId != null) {
            where.append(" and subjectId = :id");
            params.put("id", subjectId);
        }
        return AuditEntry.<AuditEntry>find(where + " order by seq desc", params).page(0, limit).list();
    }

    public AuditChain.Verification verifyChain() {
        return AuditChain.verify(AuditEntry.list("chained = true order by seq"));
    }

    private AuditEntry entry(String action, String subjectType, Object subjectId, Object before, Object after) {
        AuditEntry e = new AuditEntry();
        // microseconds: what PostgreSQL keeps, so a re-read entry hashes the same
        e.at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        e.actor = caller.username();
        e.role = caller.primaryRole();
        e.action = action;
        e.subjectType = subjectType;
        e.subjectId = String.valueOf(subjectId);
        e.beforeState = json(before);
        e.afterState = json(after);
        return e;
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        if (canonical == null) {
            canonical = objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        }
        try {
            return canonical.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state not serialisable", e);
        }
    }
}
