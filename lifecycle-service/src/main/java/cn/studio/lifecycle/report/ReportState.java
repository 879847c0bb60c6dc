package cn.studio.lifecycle.report;

/** 草稿 → 已报送 → 已通过, or → 已退回 → (revised) 已报送 again. Only a draft or a returned report is edited. */
public enum ReportState {
    DRAFT("草稿"), SUBMITTED("已报送"), RETURNED("已退回"), ACCEPTED("已通过");

    public final String label;

    ReportState(String label) {
        this.label = label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
