package cn.studio.review.conflict;

/**
 * Kinds of conflict of interest (HotCRP's, adapted). The first two are found automatically from orgs and never
 * stored; the others are declared by the reviewer or recorded by union-admin.
 */
public enum ConflictKind {
    SAME_UNIT("本单位", true),
    RECOMMENDING_UNIT("推荐单位", true),
    COLLABORATOR("合作关系", false),
    INSTITUTIONAL("同一机构或隶属关系", false),
    PERSONAL("亲属或个人关系", false),
    OTHER("其他", false);

    public final String label;
    public final boolean automatic;

    ConflictKind(String label, boolean automatic) {
        this.label = label;
        this.automatic = automatic;
    }
}
