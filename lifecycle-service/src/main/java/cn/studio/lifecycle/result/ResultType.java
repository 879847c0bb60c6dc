package cn.studio.lifecycle.result;

/** 创新成果 types; a patent carries its number and date. */
public enum ResultType {
    PATENT("专利"), TECH_IMPROVEMENT("技术革新"), MANAGEMENT_METHOD("管理方法"), RATIONALIZATION("合理化建议"),
    CONSTRUCTION_METHOD("工法"), SOFTWARE_COPYRIGHT("软件著作权"), OTHER("其他");

    public final String label;

    ResultType(String label) {
        this.label = label;
    }
}
