package dev.tollgate.domain.customer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Someone who has talked to the bot; created at first contact. */
public final class Customer {

    private final TelegramUserId id;
    private final Instant firstSeenAt;
    private Language language;
    private boolean languageChosen;
    private Instant blockedBotAt;
    private final long version;

    private Customer(TelegramUserId id, Language language, boolean languageChosen, Instant blockedBotAt,
                     Instant firstSeenAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.language = Objects.requireNonNull(language, "language");
        this.languageChosen = languageChosen;
        this.blockedBotAt = blockedBotAt;
        this.firstSeenAt = Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        this.version = version;
    }

    public static Customer firstContact(TelegramUserId id, Language language, Instant now) {
        return new Customer(id, language, false, null, now, 0);
    }

    public static Customer rehydrate(TelegramUserId id, Language language, Instant firstSeenAt, long version) {
        return new Customer(id, language, false, null, firstSeenAt, version);
    }

    /** Persistence only: every column. */
    public static Customer rehydrate(TelegramUserId id, Language language, boolean languageChosen, Instant blockedBotAt,
                                     Instant firstSeenAt, long version) {
        return new Customer(id, language, languageChosen, blockedBotAt, firstSeenAt, version);
    }

    /**
     * Follows the language the user's Telegram client reports, so later notifications speak it too; a language the
     * user chose in the bot wins over the client's for good.
     */
    public boolean changeLanguage(Language newLanguage) {
        if (languageChosen || language == Objects.requireNonNull(newLanguage)) {
            return false;
        }
        language = newLanguage;
        return true;
    }

    /** The user picked a language in the bot: it sticks, whatever their Telegram client says later. */
    public boolean chooseLanguage(Language chosen) {
        boolean changed = language != Objects.requireNonNull(chosen) || !languageChosen;
        language = chosen;
        languageChosen = true;
        return changed;
    }

    /** Telegram answered 403: the user blocked the bot; nothing unsolicited is sent until they return. */
    public boolean blockedTheBot(Instant now) {
        if (blockedBotAt != null) {
            return false;
        }
        blockedBotAt = Objects.requireNonNull(now);
        return true;
    }

    /** The user wrote to the bot again, so it may message them again. */
    public boolean returned() {
        if (blockedBotAt == null) {
            return false;
        }
        blockedBotAt = null;
        return true;
    }

    public TelegramUserId id() {
        return id;
    }

    public Language language() {
        return language;
    }

    public boolean languageChosen() {
        return languageChosen;
    }

    public Optional<Instant> blockedBotAt() {
        return Optional.ofNullable(blockedBotAt);
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    public long version() {
        return version;
    }
}
