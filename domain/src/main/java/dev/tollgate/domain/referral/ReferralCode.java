package dev.tollgate.domain.referral;

import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Locale;
import java.util.Optional;

/**
 * The code in a referrer's deep link ({@code t.me/<bot>?start=ref_<code>}): the referrer's id in base 36, so it
 * needs no storage and fits Telegram's 64-character start parameter.
 */
public record ReferralCode(String value) {

    private static final String PREFIX = "ref_";

    public ReferralCode {
        if (value == null || !value.matches("[0-9a-z]{1,13}")) {
            throw new IllegalArgumentException("not a referral code: " + value);
        }
    }

    public static ReferralCode of(TelegramUserId referrer) {
        return new ReferralCode(Long.toString(referrer.value(), 36));
    }

    /** Reads a {@code /start} parameter; empty when it is not a referral link or names no valid user. */
    public static Optional<ReferralCode> fromStartParameter(String parameter) {
        if (parameter == null || !parameter.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String code = parameter.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        if (!code.matches("[0-9a-z]{1,13}")) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(code, 36);
            return id > 0 ? Optional.of(new ReferralCode(code)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public TelegramUserId referrer() {
        return new TelegramUserId(Long.parseLong(value, 36));
    }

    /** The parameter to put after {@code ?start=}. */
    public String startParameter() {
        return PREFIX + value;
    }
}
