package dev.tollgate.application.port.out;

/** The panel already holds a client with that email under another identity. */
public final class PanelDuplicateClientException extends PanelException {

    public PanelDuplicateClientException(String message) {
        super(message, null);
    }

    public PanelDuplicateClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
