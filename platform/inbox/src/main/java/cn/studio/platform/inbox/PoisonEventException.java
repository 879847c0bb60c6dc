package cn.studio.platform.inbox;

/** The event can never be processed (not a CloudEvent, a field it needs is missing): it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
