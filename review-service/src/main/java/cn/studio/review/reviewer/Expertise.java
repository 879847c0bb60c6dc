package cn.studio.review.reviewer;

/** The form's 创新工作领域, as a reviewer's declared expertise; matched with a case's fields in assignment. */
public enum Expertise {
    TECHNOLOGY("技术创新"), MANAGEMENT("管理创新"), MARKETING_MODEL("营销模式创新"), BRAND_STRATEGY("品牌战略创新"), OTHER("其他");

    public final String label;

    Expertise(String label) {
        this.label = label;
    }
}
