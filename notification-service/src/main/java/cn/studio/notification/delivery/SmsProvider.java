package cn.studio.notification.delivery;

/** A commercial SMS service. {@link #send} returns the provider's message id, or throws with the provider's reason. */
public interface SmsProvider {
    /** @param reference our id for this message (the provider keeps it, so {@link #wasSent} can find it) */
    String send(String phone, String text, String reference);

    /**
     * Whether a message with this reference already went to this number on that day (Beijing time): asked before
     * resending a message whose earlier attempt ended without an answer (the sender crashed), so it is not sent twice.
     */
    java.util.Optional<String> wasSent(String phone, String reference, java.time.LocalDate day);

    /** The provider refused for good (bad number, template, signature): retrying cannot help. */
    class PermanentFailure extends RuntimeException {
        public PermanentFailure(String message) {
            super(message);
        }
    }
}
