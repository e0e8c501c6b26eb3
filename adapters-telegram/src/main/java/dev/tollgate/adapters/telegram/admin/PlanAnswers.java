package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers an admin types while making a plan, read leniently (Persian and Arabic-Indic digits, units in English,
 * Persian or Russian, amount and currency in either order) and checked strictly: anything else is empty, and the
 * question is asked again. The domain checks the plan as a whole once more when it is saved.
 */
final class PlanAnswers {

    /** Longer answers are refused before they are read. */
    static final int MAX_ANSWER = 300;
    static final int MAX_NAME = 64;
    static final Duration MIN_DURATION = Duration.ofHours(1);
    static final Duration MAX_DURATION = Duration.ofDays(3650);
    static final long MAX_TRAFFIC_GIB = 100_000;
    static final int MAX_DEVICES = 100;
    /** A price's amount in major units, at most this (large enough for rials). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private static final long MIB = 1024L * 1024;
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})\\s*(d|days?|روز|д|дн|день|дня|дней|h|hours?|ساعت|ч|час|часа|часов)?");
    private static final Set<String> HOURS = Set.of("h", "hour", "hours", "ساعت", "ч", "час", "часа", "часов");
    private static final Pattern TRAFFIC = Pattern.compile(
            "([0-9]{1,9}(?:\\.[0-9]{1,3})?)\\s*(mb|m|мб|مگ|مگابایت|gb|g|гб|گیگ|گیگابایت|tb|t|тб|ترا|ترابایت)?");
    private static final Set<String> UNLIMITED = Set.of("0", "-", "∞", "unlimited", "no limit", "none", "نامحدود",
            "بی‌نهایت", "безлимит", "безлимитный", "без лимита", "без ограничений");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,13}(?:\\.[0-9]{1,2})?");

    private PlanAnswers() {
    }

    /** Latin digits for Persian (۰–۹) and Arabic-Indic (٠–٩) ones, '.' for the Persian decimal mark, trimmed. */
    static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (c >= '۰' && c <= '۹') {
                out.append((char) ('0' + c - '۰'));
            } else if (c >= '٠' && c <= '٩') {
                out.append((char) ('0' + c - '٠'));
            } else if (c == '٫') {
                out.append('.');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A plan id as the domain spells it: 1 to 40 of a–z, 0–9, '-' and '_' (typed capitals are lowered). */
    static Optional<PlanId> id(String text) {
        String id = latin(text).toLowerCase(Locale.ROOT);
        try {
            return id.length() > 40 ? Optional.empty() : Optional.of(new PlanId(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** 1 to 64 characters on one line, no control characters. */
    static Optional<String> name(String text) {
        String name = text.strip();
        boolean control = name.chars().anyMatch(Character::isISOControl);
        return name.isEmpty() || name.length() > MAX_NAME || control ? Optional.empty() : Optional.of(name);
    }

    /** {@code 30d}, {@code 30} (days), {@code 12h}, ISO-8601 ({@code PT720H}); 1 hour to 3650 days, whole hours. */
    static Optional<Duration> duration(String text) {
        String typed = latin(text).toLowerCase(Locale.ROOT);
        Optional<Duration> duration;
        Matcher m = DURATION.matcher(typed);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            duration = Optional.of(m.group(2) != null && HOURS.contains(m.group(2)) ? Duration.ofHours(n) : Duration.ofDays(n));
        } else if (typed.startsWith("p") && typed.length() <= 20) {
            try {
                duration = Optional.of(Duration.parse(typed.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                duration = Optional.empty();
            }
        } else {
            duration = Optional.empty();
        }
        return duration.filter(d -> d.compareTo(MIN_DURATION) >= 0 && d.compareTo(MAX_DURATION) <= 0)
                .filter(d -> d.equals(Duration.ofHours(d.toHours())));
    }

    /** {@code 50GB}, {@code 50} (GB), {@code 500MB}, {@code 1.5TB} (1 GB = 1024³ bytes, as the panels count); zero, "-" or "unlimited": unlimited. */
    static Optional<DataSize> traffic(String text) {
        String typed = latin(text).toLowerCase(Locale.ROOT).replace(',', '.');
        if (UNLIMITED.contains(typed)) {
            return Optional.of(DataSize.ZERO);
        }
        Matcher m = TRAFFIC.matcher(typed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(2) == null ? "gb" : m.group(2);
        long scale = switch (unit) {
            case "mb", "m", "мб", "مگ", "مگابایت" -> MIB;
            case "tb", "t", "тб", "ترا", "ترابایت" -> MIB * 1024 * 1024;
            default -> MIB * 1024;
        };
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(scale));
        if (bytes.signum() == 0) {
            return Optional.of(DataSize.ZERO);
        }
        if (bytes.compareTo(BigDecimal.valueOf(MIB)) < 0
                || bytes.compareTo(BigDecimal.valueOf(MAX_TRAFFIC_GIB).multiply(BigDecimal.valueOf(MIB * 1024))) > 0) {
            return Optional.empty();
        }
        return Optional.of(DataSize.ofBytes(bytes.longValue()));
    }

    /** A whole number of devices from 1 to 100; 0 or "unlimited": no limit (0). */
    static Optional<Integer> devices(String text) {
        String typed = latin(text).toLowerCase(Locale.ROOT);
        if (UNLIMITED.contains(typed)) {
            return Optional.of(0);
        }
        if (!typed.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        int devices = Integer.parseInt(typed);
        return devices <= MAX_DEVICES ? Optional.of(devices) : Optional.empty();
    }

    /**
     * Prices added to {@code before}: pairs of an amount and a currency in either order ({@code 250 XTR}, {@code USD
     * 4.99}, {@code 4,99 usd}, {@code 1,500,000 IRR}), separated by spaces, commas or new lines; {@code ⭐} or
     * {@code stars} is XTR; {@code USD -} removes a currency. Each amount above zero with at most the currency's digits.
     */
    static Optional<Map<Currency, Money>> prices(String text, Map<Currency, Money> before) {
        String typed = latin(text).toUpperCase(Locale.ROOT).replace("⭐", " XTR ")
                .replaceAll("(?<=[0-9])(?=[A-Z])|(?<=[A-Z])(?=[0-9])", " ");
        List<String> tokens = new ArrayList<>();
        for (String token : typed.split("[\\s;]+")) {
            String bare = token.replaceAll("^,+|,+$", "");
            if (!bare.isEmpty()) {
                tokens.add(bare);
            }
        }
        if (tokens.isEmpty() || tokens.size() % 2 != 0) {
            return Optional.empty();
        }
        Map<Currency, Money> prices = new EnumMap<>(Currency.class);
        prices.putAll(before);
        Set<Currency> seen = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i += 2) {
            Optional<Currency> first = currency(tokens.get(i));
            Optional<Currency> currency = first.isPresent() ? first : currency(tokens.get(i + 1));
            String amount = first.isPresent() ? tokens.get(i + 1) : tokens.get(i);
            if (currency.isEmpty() || !seen.add(currency.get())) {
                return Optional.empty();
            }
            if (amount.equals("-")) {
                prices.remove(currency.get());
                continue;
            }
            Optional<Money> price = amount(amount, currency.get());
            if (price.isEmpty()) {
                return Optional.empty();
            }
            prices.put(currency.get(), price.get());
        }
        return Optional.of(prices);
    }

    private static Optional<Currency> currency(String token) {
        if (token.equals("STARS") || token.equals("STAR")) {
            return Optional.of(Currency.XTR);
        }
        return Currency.byCode(token);
    }

    /** "1,500,000" has thousands separators; "4,99" a decimal comma. */
    private static Optional<Money> amount(String token, Currency currency) {
        String number = token.matches("[0-9]{1,3}(,[0-9]{3})+") ? token.replace(",", "") : token.replace(',', '.');
        if (!AMOUNT.matcher(number).matches()) {
            return Optional.empty();
        }
        BigDecimal major = new BigDecimal(number);
        if (major.signum() <= 0 || major.stripTrailingZeros().scale() > currency.fractionDigits()
                || major.compareTo(MAX_AMOUNT) > 0) {
            return Optional.empty();
        }
        return Optional.of(Money.ofMajor(major.setScale(currency.fractionDigits()), currency));
    }

    /** Prices in the conversation: {@code XTR:250,USD:499} (minor units). */
    static String encode(Map<Currency, Money> prices) {
        return String.join(",", new EnumMap<>(prices).values().stream()
                .map(m -> m.currency().name() + ":" + m.minorUnits()).toList());
    }

    /** The prices {@link #encode} wrote; anything it did not write is skipped. */
    static Map<Currency, Money> decode(String encoded) {
        Map<Currency, Money> prices = new EnumMap<>(Currency.class);
        for (String item : encoded == null ? new String[0] : encoded.split(",")) {
            String[] parts = item.split(":");
            if (parts.length == 2 && parts[1].matches("[0-9]{1,18}")) {
                Currency.byCode(parts[0]).ifPresent(c -> prices.put(c, new Money(Long.parseLong(parts[1]), c)));
            }
        }
        return prices;
    }
}
