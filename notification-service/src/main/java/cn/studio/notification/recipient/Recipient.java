package cn.studio.notification.recipient;

/** Someone to tell: a directory user, or a form's contact person ({@code username} then starts with "contact:"). */
public record Recipient(String username, String displayName, String email, String phone, String org) {
    public static Recipient contact(String name, String email, String phone) {
        String key = "contact:" + (phone != null && !phone.isBlank() ? phone : email);
        return new Recipient(key, name, blankToNull(email), blankToNull(phone), null);
    }

    public boolean isUser() {
        return !username.startsWith("contact:");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
