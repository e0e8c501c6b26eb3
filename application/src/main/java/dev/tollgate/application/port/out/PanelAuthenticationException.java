package dev.tollgate.application.port.out;

/** The panel rejected our credentials or token; retrying will not help until the operator fixes them. */
public final class PanelAuthenticationException extends PanelException {

    public PanelAuthenticationException(String message) {
        super(message, null);
    }

    public PanelAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
