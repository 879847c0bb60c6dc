package cn.studio.notification.notification;

/** What a notice is about; users choose channels per category. Derived from the event type's prefix. */
public enum Category {
    APPLICATION("申报进度"), CAMPAIGN("活动通知"), REVIEW("评审"), STUDIO("工作室管理");

    public final String label;

    Category(String label) {
        this.label = label;
    }

    public static Category of(String eventType) {
        String prefix = eventType.substring(0, Math.max(0, eventType.indexOf('.')));
        return switch (prefix) {
            case "application" -> APPLICATION;
            case "campaign" -> CAMPAIGN;
            case "review" -> REVIEW;
            default -> STUDIO;
        };
    }
}
