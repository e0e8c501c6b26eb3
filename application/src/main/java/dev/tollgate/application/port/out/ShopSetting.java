package dev.tollgate.application.port.out;

import java.util.Locale;

/**
 * The shop's terms an admin can change in the bot; each has its default in the configuration, and a value stored in
 * the bot wins over it until it is reset. Stored by {@link #key()}, so keys never change.
 */
public enum ShopSetting {
    /** The bank card customers transfer to; card payments are offered while a number is in effect. */
    CARD_NUMBER,
    CARD_HOLDER,
    CARD_BANK,
    /** The code of the currency card payments are made in ({@code IRR}, {@code USD}, ...; never {@code XTR}). */
    CARD_CURRENCY,
    /** The support account, a Telegram username without the '@'. */
    SUPPORT,
    FAQ_EN,
    FAQ_FA,
    FAQ_RU,
    /** ISO-8601, e.g. {@code PT72H}. */
    TRIAL_DURATION,
    /** Bytes. */
    TRIAL_TRAFFIC,
    /** 0 to 100. */
    REFERRAL_PERCENT,
    /** Which reminders are sent: a comma list of {@code 3d,24h,3h,80%,95%} in that order; empty = none. */
    REMINDERS;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public static java.util.Optional<ShopSetting> ofKey(String key) {
        for (ShopSetting setting : values()) {
            if (setting.key().equals(key)) {
                return java.util.Optional.of(setting);
            }
        }
        return java.util.Optional.empty();
    }
}
