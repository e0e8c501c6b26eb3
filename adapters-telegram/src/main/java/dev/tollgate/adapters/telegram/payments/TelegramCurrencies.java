package dev.tollgate.adapters.telegram.payments;

import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The currencies Telegram Payments supports and the number of decimal digits of their smallest unit ({@code exp} in
 * Telegram's currencies.json): 2 for most, 0 for a few (JPY, KRW, ...). Currencies outside the list (IRR, and KWD or
 * BHD, whose ISO exponent is 3) have no unit Telegram defines, so they are refused rather than guessed. Stars (XTR)
 * are whole stars.
 */
public final class TelegramCurrencies {

    /** The supported codes as core.telegram.org/bots/payments#supported-currencies lists them. */
    private static final Set<String> SUPPORTED = Set.of("AED", "AFN", "ALL", "AMD", "ARS", "AUD", "AZN", "BAM", "BDT",
            "BGN", "BND", "BOB", "BRL", "BYN", "CAD", "CHF", "CLP", "CNY", "COP", "CRC", "CZK", "DKK", "DOP", "DZD", "EGP",
            "ETB", "EUR", "GBP", "GEL", "GTQ", "HKD", "HNL", "HRK", "HUF", "IDR", "ILS", "INR", "ISK", "JMD", "JPY", "KES",
            "KGS", "KRW", "KZT", "LBP", "LKR", "MAD", "MDL", "MNT", "MUR", "MVR", "MXN", "MYR", "MZN", "NGN", "NIO", "NOK",
            "NPR", "NZD", "PAB", "PEN", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "SAR", "SEK", "SGD", "THB",
            "TJS", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VND", "YER", "ZAR");

    /** Those whose smallest unit is the whole unit (currencies.json {@code exp: 0}); every other one has 2. */
    private static final Set<String> WHOLE_UNITS = Set.of("CLP", "ISK", "JPY", "KRW", "PYG", "UGX", "VND");

    private static final Map<String, Integer> EXPONENTS = Stream.concat(SUPPORTED.stream().map(code -> Map.entry(code,
                    WHOLE_UNITS.contains(code) ? 0 : 2)), Stream.of(Map.entry("XTR", 0)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private TelegramCurrencies() {
    }

    /** Telegram's decimal digits for {@code code}; empty when Telegram does not take that currency. */
    public static Optional<Integer> exponent(String code) {
        return Optional.ofNullable(EXPONENTS.get(code));
    }

    /** Whether a Telegram Payments provider may be asked for this currency (never Stars, which have their own way). */
    public static boolean supportsProvider(Currency currency) {
        return currency != Currency.XTR && SUPPORTED.contains(currency.name());
    }

    /**
     * {@code minorUnits} of a currency counted with {@code fractionDigits} decimals, in Telegram's smallest unit of
     * {@code code}; refused when Telegram does not take the currency or the amount has a fraction its unit cannot hold.
     */
    public static long toTelegram(String code, long minorUnits, int fractionDigits) {
        int exp = exponent(code).orElseThrow(() -> new IllegalArgumentException(
                "Telegram Payments do not take " + code + " (not in Telegram's currency list)"));
        return rescale(minorUnits, fractionDigits, exp, code);
    }

    /** The shop's amount in Telegram's smallest unit. */
    public static long toTelegram(Money money) {
        return toTelegram(money.currency().name(), money.minorUnits(), money.currency().fractionDigits());
    }

    /**
     * Telegram's {@code total_amount} in {@code code} as the shop's money; empty when the shop has no such currency,
     * Telegram does not define it, or the amount does not fit the shop's minor unit.
     */
    public static Optional<Money> fromTelegram(String code, long amount) {
        Optional<Currency> currency = Currency.byCode(code);
        Optional<Integer> exp = exponent(code);
        if (currency.isEmpty() || exp.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(rescale(amount, exp.get(), currency.get().fractionDigits(), code), currency.get()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static long rescale(long amount, int from, int to, String code) {
        BigInteger value = BigInteger.valueOf(amount);
        if (to >= from) {
            return value.multiply(BigInteger.TEN.pow(to - from)).longValueExact();
        }
        BigInteger[] split = value.divideAndRemainder(BigInteger.TEN.pow(from - to));
        if (split[1].signum() != 0) {
            throw new IllegalArgumentException(amount + " with " + from + " decimals has a fraction that " + code
                    + " (" + to + " decimals) cannot hold");
        }
        return split[0].longValueExact();
    }
}
