package dev.tollgate.domain.shared;

import java.util.Optional;

/**
 * The currencies the shop prices in, with their minor-unit digits. Telegram Stars ({@code XTR}) are not ISO 4217,
 * which is why this is our own enum rather than {@link java.util.Currency}.
 */
public enum Currency {
    /** Telegram Stars: whole stars only. */
    XTR(0),
    USD(2),
    EUR(2),
    RUB(2),
    /** Iranian rial: no minor unit in practice. */
    IRR(0),
    /** Tether as CryptoBot sells it, in cents. */
    USDT(2);

    private final int fractionDigits;

    Currency(int fractionDigits) {
        this.fractionDigits = fractionDigits;
    }

    public int fractionDigits() {
        return fractionDigits;
    }

    /** The currency with exactly this code ({@code USD}), or empty for anything else, null included. */
    public static Optional<Currency> byCode(String code) {
        for (Currency currency : values()) {
            if (currency.name().equals(code)) {
                return Optional.of(currency);
            }
        }
        return Optional.empty();
    }
}
