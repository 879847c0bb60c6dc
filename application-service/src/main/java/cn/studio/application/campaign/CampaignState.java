package cn.studio.application.campaign;

import java.util.Map;
import java.util.Set;

/** draft → open → closed → under review → decided → archived; only these steps are legal. */
public enum CampaignState {
    DRAFT("草稿"), OPEN("申报中"), CLOSED("申报已截止"), UNDER_REVIEW("评审中"), DECIDED("已命名"), ARCHIVED("已归档");

    private static final Map<CampaignState, Set<CampaignState>> NEXT = Map.of(
            DRAFT, Set.of(OPEN),
            OPEN, Set.of(CLOSED),
            CLOSED, Set.of(UNDER_REVIEW, OPEN),
            UNDER_REVIEW, Set.of(DECIDED),
            DECIDED, Set.of(ARCHIVED),
            ARCHIVED, Set.of());

    public final String label;

    CampaignState(String label) {
        this.label = label;
    }

    public boolean canMoveTo(CampaignState next) {
        return NEXT.get(this).contains(next);
    }
}
