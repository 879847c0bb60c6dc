package cn.studio.application.objectstore;

/** The object store could not do what was asked; mapped to 503 so the client retries later. */
public class ObjectStoreException extends RuntimeException {
    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
