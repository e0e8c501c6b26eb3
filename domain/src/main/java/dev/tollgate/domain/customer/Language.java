package dev.tollgate.domain.customer;

import java.util.Locale;

/** The languages the bots speak; everything else falls back to English. */
public enum Language {
    EN, FA, RU;

    /** Maps a Telegram {@code language_code} (an IETF tag such as "fa-IR") to a supported language. */
    public static Language fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return EN;
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "fa" -> FA;
            case "ru" -> RU;
            default -> EN;
        };
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isRightToLeft() {
        return this == FA;
    }
}
