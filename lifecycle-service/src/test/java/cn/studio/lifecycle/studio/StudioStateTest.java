package cn.studio.lifecycle.studio;

import org.junit.jupiter.api.Test;

import static cn.studio.lifecycle.studio.StudioState.ACTIVE;
import static cn.studio.lifecycle.studio.StudioState.DELISTED;
import static cn.studio.lifecycle.studio.StudioState.DELISTING_PROPOSED;
import static cn.studio.lifecycle.studio.StudioState.WARNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudioStateTest {
    @Test
    void aStudioIsWarnedBeforeItCanBeProposedForDelisting() {
        assertTrue(ACTIVE.canMoveTo(WARNED));
        assertFalse(ACTIVE.canMoveTo(DELISTING_PROPOSED));
        assertFalse(ACTIVE.canMoveTo(DELISTED));
        assertTrue(WARNED.canMoveTo(DELISTING_PROPOSED));
    }

    @Test
    void aClearedWarningReturnsTheStudioToActiveAndAReturnedProposalToWarned() {
        assertTrue(WARNED.canMoveTo(ACTIVE));
        assertTrue(DELISTING_PROPOSED.canMoveTo(WARNED));
        assertFalse(DELISTING_PROPOSED.canMoveTo(ACTIVE));
    }

    @Test
    void onlyAProposedDelistingIsDelistedAndDelistedIsFinal() {
        assertTrue(DELISTING_PROPOSED.canMoveTo(DELISTED));
        assertFalse(WARNED.canMoveTo(DELISTED));
        for (StudioState s : StudioState.values()) {
            assertFalse(DELISTED.canMoveTo(s));
            assertFalse(s.canMoveTo(s), s + " to itself");
        }
        assertFalse(DELISTED.listed());
        assertEquals("已摘牌", DELISTED.label);
    }
}
