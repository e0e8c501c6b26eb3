package dev.tollgate.application.port.out;

/** The panel understood the request and refused it, with its own reason. */
public final class PanelRejectedException extends PanelException {

    public PanelRejectedException(String message) {
        super(message, null);
    }

    public PanelRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
