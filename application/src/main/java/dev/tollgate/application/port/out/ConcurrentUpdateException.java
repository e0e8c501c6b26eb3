package dev.tollgate.application.port.out;

/** An update lost an optimistic-locking race: the stored version was not the one read. */
public final class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
