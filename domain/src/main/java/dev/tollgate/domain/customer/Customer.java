package dev.tollgate.domain.customer;

import java.time.Instant;
import java.util.Objects;

/** Someone who has talked to the bot; created at first contact. */
public final class Customer {

    private final TelegramUserId id;
    private final Instant firstSeenAt;
    private Language language;
    private final long version;

    private Customer(TelegramUserId id, Language language, Instant firstSeenAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.language = Objects.requireNonNull(language, "language");
        this.firstSeenAt = Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        this.version = version;
    }

    public static Customer firstContact(TelegramUserId id, Language language, Instant now) {
        return new Customer(id, language, now, 0);
    }

    public static Customer rehydrate(TelegramUserId id, Language language, Instant firstSeenAt, long version) {
        return new Customer(id, language, firstSeenAt, version);
    }

    /** Follows the language the user's Telegram client reports, so later notifications speak it too. */
    public boolean changeLanguage(Language newLanguage) {
        if (language == Objects.requireNonNull(newLanguage)) {
            return false;
        }
        language = newLanguage;
        return true;
    }

    public TelegramUserId id() {
        return id;
    }

    public Language language() {
        return language;
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    public long version() {
        return version;
    }
}
