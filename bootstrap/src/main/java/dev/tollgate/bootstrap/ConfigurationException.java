package dev.tollgate.bootstrap;

/** The configuration is missing something or has a value we cannot use; the message says what to set. */
final class ConfigurationException extends RuntimeException {

    ConfigurationException(String message) {
        super(message);
    }

    ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
