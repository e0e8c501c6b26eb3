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
    private Profile profile;
    private Instant bannedAt;
    private final long version;

    private Customer(TelegramUserId id, Language language, boolean languageChosen, Instant blockedBotAt,
                     Instant firstSeenAt, long version) {
        this(id, language, languageChosen, blockedBotAt, firstSeenAt, Profile.NONE, null, version);
    }

    private Customer(TelegramUserId id, Language language, boolean languageChosen, Instant blockedBotAt,
                     Instant firstSeenAt, Profile profile, Instant bannedAt, long version) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.bannedAt = bannedAt;
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

    /** Persistence only: every column, with the Telegram profile and the shop's ban. */
    public static Customer rehydrate(TelegramUserId id, Language language, boolean languageChosen, Instant blockedBotAt,
                                     Instant firstSeenAt, Profile profile, Instant bannedAt, long version) {
        return new Customer(id, language, languageChosen, blockedBotAt, firstSeenAt, profile, bannedAt, version);
    }

    /**
     * What Telegram says of the user (username without "@", first and last name; each may be null), so staff can find
     * them by it. Each part is cut to what Telegram allows (32 and 64 characters).
     */
    public record Profile(String username, String firstName, String lastName) {

        public static final Profile NONE = new Profile(null, null, null);

        public Profile {
            username = clean(username, 32);
            firstName = clean(firstName, 64);
            lastName = clean(lastName, 64);
        }

        /** "First Last", or null when Telegram gave no name. */
        public String fullName() {
            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
            return name.isEmpty() ? null : name;
        }

        private static String clean(String value, int max) {
            if (value == null) {
                return null;
            }
            String stripped = value.strip();
            if (stripped.startsWith("@")) {
                stripped = stripped.substring(1);
            }
            if (stripped.isEmpty()) {
                return null;
            }
            return stripped.length() > max ? stripped.substring(0, max) : stripped;
        }
    }

    /** Takes the profile Telegram sent with the latest update; returns whether it differs from the stored one. */
    public boolean updateProfile(Profile latest) {
        if (profile.equals(Objects.requireNonNull(latest, "profile"))) {
            return false;
        }
        profile = latest;
        return true;
    }

    /** An admin bans the user from the shop: no purchase, no trial, one answer to anything. False when banned already. */
    public boolean ban(Instant now) {
        if (bannedAt != null) {
            return false;
        }
        bannedAt = Objects.requireNonNull(now, "now");
        return true;
    }

    /** Lifts the ban; false when the user was not banned. */
    public boolean unban() {
        if (bannedAt == null) {
            return false;
        }
        bannedAt = null;
        return true;
    }

    public Profile profile() {
        return profile;
    }

    public Optional<Instant> bannedAt() {
        return Optional.ofNullable(bannedAt);
    }

    public boolean banned() {
        return bannedAt != null;
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
