package cn.studio.notification.recipient;

/**
 * Someone to tell: a directory user, or a form's contact person ({@code username} then starts with "contact:").
 * {@code audience} says in which capacity an event reaches them when one event tells several kinds of people
 * differently (a site visit: the unit or a visitor; a decision: a named unit or one not named), and {@code about} is
 * the part of the event that concerns them (their unit's entry in a decision); both null when there is one kind.
 */
public record Recipient(String username, String displayName, String email, String phone, String org, String audience,
                        Object about) {
    public Recipient(String username, String displayName, String email, String phone, String org) {
        this(username, displayName, email, phone, org, null, null);
    }

    public static Recipient contact(String name, String email, String phone) {
        String key = "contact:" + (phone != null && !phone.isBlank() ? phone : email);
        return new Recipient(key, name, blankToNull(email), blankToNull(phone), null);
    }

    /** The same person, told as {@code audience} about {@code about}. */
    public Recipient as(String audience, Object about) {
        return new Recipient(username, displayName, email, phone, org, audience, about);
    }

    public boolean isUser() {
        return !username.startsWith("contact:");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
