package cn.studio.review.decision;

import java.util.Map;
import java.util.Set;

/** proposed (first key) → approved (second key, final) or returned → proposed again. */
public enum DecisionState {
    PROPOSED("待区科委审批"), RETURNED("已退回"), APPROVED("已决定");

    private static final Map<DecisionState, Set<DecisionState>> NEXT = Map.of(
            PROPOSED, Set.of(APPROVED, RETURNED),
            RETURNED, Set.of(PROPOSED),
            APPROVED, Set.of());

    public final String label;

    DecisionState(String label) {
        this.label = label;
    }

    public boolean canMoveTo(DecisionState next) {
        return NEXT.get(this).contains(next);
    }
}
