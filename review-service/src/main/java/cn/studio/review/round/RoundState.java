package cn.studio.review.round;

import java.util.Map;
import java.util.Set;

/** open (assigning, scoring, visiting) → closed (the decision is final); only these steps are legal. */
public enum RoundState {
    OPEN("评审中"), CLOSED("已结束");

    private static final Map<RoundState, Set<RoundState>> NEXT = Map.of(OPEN, Set.of(CLOSED), CLOSED, Set.of());

    public final String label;

    RoundState(String label) {
        this.label = label;
    }

    public boolean canMoveTo(RoundState next) {
        return NEXT.get(this).contains(next);
    }
}
