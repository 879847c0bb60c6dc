package cn.studio.lifecycle.obligation;

/** What a named studio owes 区总工会 each year (组织管理): a plan at the start, a summary every quarter and at year end. */
public enum ObligationKind {
    ANNUAL_PLAN("年度工作计划"), QUARTERLY_SUMMARY("季度工作总结"), ANNUAL_SUMMARY("年度工作总结");

    public final String label;

    ObligationKind(String label) {
        this.label = label;
    }
}
