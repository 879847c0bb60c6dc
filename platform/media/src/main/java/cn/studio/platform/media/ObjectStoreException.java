package cn.studio.platform.media;

/** The object store could not do what was asked; answered 503 {@code OBJECT_STORE_UNAVAILABLE} so the client retries. */
public class ObjectStoreException extends RuntimeException {
    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
