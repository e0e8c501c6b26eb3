package dev.tollgate.domain.customer;

/** A Telegram user's numeric id; Telegram never hands out zero or negative user ids. */
public record TelegramUserId(long value) {

    public TelegramUserId {
        if (value <= 0) {
            throw new IllegalArgumentException("a Telegram user id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
