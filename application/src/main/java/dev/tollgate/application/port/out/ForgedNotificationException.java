package dev.tollgate.application.port.out;

/** A notification that claims to come from a payment provider but does not carry its valid signature. */
public final class ForgedNotificationException extends RuntimeException {

    public ForgedNotificationException(String message) {
        super(message);
    }
}
