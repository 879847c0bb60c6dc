package cn.studio.review.ranking.engine;

/** A site visit's (实地考察) verdict, as the ranking sees it: FAIL takes the case out of the ranking. */
public enum Verdict {
    PASS("通过"), CONCERNS("存在问题"), FAIL("不通过");

    public final String label;

    Verdict(String label) {
        this.label = label;
    }
}
