package cn.studio.review.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < n; i++) {
            AuditEntry e = new AuditEntry();
            e.seq = (long) i + 1;
            e.at = Instant.parse("2026-12-01T00:00:00Z").plusSeconds(i);
            e.actor = i % 2 == 0 ? "admin1" : "commission1";
            e.role = i % 2 == 0 ? "union-admin" : "commission";
            e.action = "decision.step" + i;
            e.subjectType = "decision";
            e.subjectId = "d1";
            e.afterState = "{\"n\":" + i + "}";
            e.chained = true;
            e.prevHash = prev;
            e.hash = AuditChain.hash(prev, e);
            prev = e.hash;
            entries.add(e);
        }
        return entries;
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditChain.Verification v = AuditChain.verify(chain(5));
        assertTrue(v.intact());
        assertEquals(5, v.entries());
    }

    @Test
    void anEditedEntryBreaksTheChainAtThatEntry() {
        List<AuditEntry> entries = chain(5);
        entries.get(2).afterState = "{\"n\":99}";
        AuditChain.Verification v = AuditChain.verify(entries);
        assertFalse(v.intact());
        assertEquals(3L, v.brokenAtSeq());
    }

    @Test
    void aRemovedEntryBreaksTheChainAfterIt() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        AuditChain.Verification v = AuditChain.verify(entries);
        assertFalse(v.intact());
        assertEquals(3L, v.brokenAtSeq());
    }

    @Test
    void aRecomputedHashDoesNotHideAnEditFromTheNextLink() {
        List<AuditEntry> entries = chain(4);
        AuditEntry edited = entries.get(1);
        edited.actor = "intruder";
        edited.hash = AuditChain.hash(edited.prevHash, edited);
        AuditChain.Verification v = AuditChain.verify(entries);
        assertFalse(v.intact());
        assertEquals(3L, v.brokenAtSeq());
    }
}
