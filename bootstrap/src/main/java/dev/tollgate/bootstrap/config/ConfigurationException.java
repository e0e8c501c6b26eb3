package dev.tollgate.bootstrap.config;

/** The configuration is missing something or has a value we cannot use; the message says what to set. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
