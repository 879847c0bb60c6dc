package cn.studio.notification.event;

/** The record can never be processed (not a CloudEvent, missing fields): it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
