package cn.studio.application.application;

/** Where an application stands; {@link ApplicationService} allows only the flow's steps. */
public enum ApplicationState {
    DRAFT("草稿"),
    SUBMITTED("待推荐单位推荐"),
    RETURNED("已退回修改"),
    ENDORSED("已推荐，待形式审查"),
    ACCEPTED("形式审查通过"),
    REJECTED("形式审查未通过");

    public final String label;

    ApplicationState(String label) {
        this.label = label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
