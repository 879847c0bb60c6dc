package cn.studio.notification.delivery;

/** A commercial SMS service. {@link #send} returns the provider's message id, or throws with the provider's reason. */
public interface SmsProvider {
    String send(String phone, String text, String eventType);

    /** The provider refused for good (bad number, template, signature): retrying cannot help. */
    class PermanentFailure extends RuntimeException {
        public PermanentFailure(String message) {
            super(message);
        }
    }
}
