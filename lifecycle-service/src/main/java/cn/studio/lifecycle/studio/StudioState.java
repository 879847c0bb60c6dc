package cn.studio.lifecycle.studio;

import java.util.Map;
import java.util.Set;

/**
 * 在册 → 已警示 → 拟摘牌 → 已摘牌; a warning put right returns the studio to 在册, a returned delisting proposal to 已警示.
 * Only these steps are legal.
 */
public enum StudioState {
    ACTIVE("在册"), WARNED("已警示"), DELISTING_PROPOSED("拟摘牌"), DELISTED("已摘牌");

    private static final Map<StudioState, Set<StudioState>> NEXT = Map.of(
            ACTIVE, Set.of(WARNED),
            WARNED, Set.of(ACTIVE, DELISTING_PROPOSED),
            DELISTING_PROPOSED, Set.of(DELISTED, WARNED),
            DELISTED, Set.of());

    public final String label;

    StudioState(String label) {
        this.label = label;
    }

    public boolean canMoveTo(StudioState next) {
        return NEXT.get(this).contains(next);
    }

    /** Still named: it owes reports and may be reminded (everything but 已摘牌). */
    public boolean listed() {
        return this != DELISTED;
    }
}
