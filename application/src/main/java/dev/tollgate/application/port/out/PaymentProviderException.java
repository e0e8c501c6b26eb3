package dev.tollgate.application.port.out;

/** A payment provider could not be reached or refused a request for a reason other than the user's. */
public final class PaymentProviderException extends RuntimeException {

    public PaymentProviderException(String message, Throwable cause) {
        super(message, cause);
    }

    public PaymentProviderException(String message) {
        super(message);
    }
}
