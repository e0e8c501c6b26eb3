package dev.tollgate.application.port.out;

/** The panel answered something we cannot understand */
public final class PanelProtocolException extends PanelException {

    public PanelProtocolException(String message) {
        super(message, null);
    }

    public PanelProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
