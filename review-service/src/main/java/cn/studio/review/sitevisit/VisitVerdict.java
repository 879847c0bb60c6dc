package cn.studio.review.sitevisit;

/** The visitors' verdict; FAIL excludes the case from the ranking. */
public enum VisitVerdict {
    PASS("通过"), CONCERNS("存在问题"), FAIL("不通过");

    public final String label;

    VisitVerdict(String label) {
        this.label = label;
    }
}
