package dev.tollgate.application.port.out;

/** Base of every failure a panel gateway reports. */
public abstract class PanelException extends RuntimeException {

    protected PanelException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether trying the same call again later may succeed. */
    public boolean isTransient() {
        return false;
    }
}
