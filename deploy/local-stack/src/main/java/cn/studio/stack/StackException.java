package cn.studio.stack;

/** A server of the stack could not be started or used; the message says which and why. */
public class StackException extends RuntimeException {
    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
