package cn.studio.application.application;

import java.util.Map;
import java.util.Set;

/** draft → submitted → endorsed (or returned → submitted again) → accepted or rejected; only these steps are legal. */
public enum ApplicationState {
    DRAFT("草稿"),
    SUBMITTED("待推荐单位推荐"),
    RETURNED("已退回修改"),
    ENDORSED("已推荐，待形式审查"),
    ACCEPTED("形式审查通过"),
    REJECTED("形式审查未通过");

    private static final Map<ApplicationState, Set<ApplicationState>> NEXT = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(ENDORSED, RETURNED),
            RETURNED, Set.of(SUBMITTED),
            ENDORSED, Set.of(ACCEPTED, REJECTED),
            ACCEPTED, Set.of(),
            REJECTED, Set.of());

    public final String label;

    ApplicationState(String label) {
        this.label = label;
    }

    public boolean canMoveTo(ApplicationState next) {
        return NEXT.get(this).contains(next);
    }

    /** The applicant unit may change the form and attachments only in these states. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
