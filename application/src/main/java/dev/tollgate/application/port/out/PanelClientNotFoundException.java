package dev.tollgate.application.port.out;

/** The panel has no client with that email. */
public final class PanelClientNotFoundException extends PanelException {

    public PanelClientNotFoundException(String message) {
        super(message, null);
    }

    public PanelClientNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
