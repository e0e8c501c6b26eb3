package dev.tollgate.application.port.out;

/** A message could not be delivered to a user (messenger down, user blocked the bot, ...). */
public final class NotificationFailedException extends RuntimeException {

    public NotificationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
