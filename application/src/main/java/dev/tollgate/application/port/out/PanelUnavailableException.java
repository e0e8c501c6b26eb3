package dev.tollgate.application.port.out;

/** The panel did not answer in time or refused the connection; the call may succeed later. */
public final class PanelUnavailableException extends PanelException {

    public PanelUnavailableException(String message) {
        super(message, null);
    }

    public PanelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
