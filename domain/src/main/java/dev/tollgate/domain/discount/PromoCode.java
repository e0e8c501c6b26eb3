package dev.tollgate.domain.discount;

import java.util.Locale;
import java.util.regex.Pattern;

/** The text a user types to get a discount; case-insensitive, stored upper-case. */
public record PromoCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9_-]{2,31}");

    public PromoCode {
        value = value == null ? null : value.trim().toUpperCase(Locale.ROOT);
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a promo code is 3 to 32 letters, digits, '-' or '_': " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
