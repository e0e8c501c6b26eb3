package dev.tollgate.application.port.out;

/** A store refused a write because a unique key already exists (a second trial, a replayed payment, ...). */
public final class DuplicateKeyException extends RuntimeException {

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }

    public DuplicateKeyException(String message) {
        super(message);
    }
}
