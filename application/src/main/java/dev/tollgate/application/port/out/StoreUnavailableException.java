package dev.tollgate.application.port.out;

/** The database failed for a reason other than a key or version conflict (down, timed out, broken SQL). */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
