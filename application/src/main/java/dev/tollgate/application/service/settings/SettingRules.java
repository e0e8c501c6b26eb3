package dev.tollgate.application.service.settings;

import dev.tollgate.application.port.out.ShopSetting;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What each shop setting accepts, and its canonical stored form; anything else is refused (empty). */
final class SettingRules {

    static final int MAX_FAQ = 3_500;
    static final Duration MIN_TRIAL = Duration.ofHours(1);
    static final Duration MAX_TRIAL = Duration.ofDays(90);
    static final long MIN_TRAFFIC = 1024L * 1024;
    static final long MAX_TRAFFIC = 1024L * 1024 * 1024 * 1024;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");
    private static final Pattern SHORT_DURATION = Pattern.compile("([0-9]{1,4})\\s*([dhm])");
    private static final Pattern TRAFFIC = Pattern.compile("([0-9]{1,7}(?:[.,][0-9]{1,3})?)\\s*(MB|GB|TB)");

    private SettingRules() {
    }

    static Optional<String> canonical(ShopSetting setting, String typed) {
        String text = typed == null ? "" : typed.strip();
        return switch (setting) {
            case CARD_NUMBER -> cardNumber(text);
            case CARD_HOLDER, CARD_BANK -> text.isEmpty() || text.length() > 64 || text.contains("\n")
                    ? Optional.empty() : Optional.of(text);
            case CARD_CURRENCY -> cardCurrency(text);
            case SUPPORT -> support(text);
            case FAQ_EN, FAQ_FA, FAQ_RU -> text.isEmpty() || text.length() > MAX_FAQ ? Optional.empty() : Optional.of(text);
            case TRIAL_DURATION -> duration(text).filter(d -> d.compareTo(MIN_TRIAL) >= 0 && d.compareTo(MAX_TRIAL) <= 0)
                    .map(Duration::toString);
            case TRIAL_TRAFFIC -> traffic(text).filter(b -> b >= MIN_TRAFFIC && b <= MAX_TRAFFIC).map(String::valueOf);
            case REFERRAL_PERCENT -> text.matches("[0-9]{1,3}") && Integer.parseInt(text) <= 100
                    ? Optional.of(String.valueOf(Integer.parseInt(text))) : Optional.empty();
            case REMINDERS -> reminders(text);
        };
    }

    /** Some of {@code 3d 24h 3h 80% 95%} (commas or spaces), or {@code off}; stored in the schedule's order. */
    private static Optional<String> reminders(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("off") || lower.equals("none") || lower.equals("-")) {
            return Optional.of("");
        }
        java.util.Set<String> tokens = new java.util.HashSet<>();
        for (String token : lower.split("[,\\s]+")) {
            if (!dev.tollgate.application.port.out.ShopTerms.REMINDER_TOKENS.containsKey(token)) {
                return Optional.empty();
            }
            tokens.add(token);
        }
        return Optional.of(String.join(",", dev.tollgate.application.port.out.ShopTerms.REMINDER_TOKENS.keySet().stream()
                .filter(tokens::contains).toList()));
    }

    /** A code of the shop's currencies other than Telegram Stars, which are paid in the bot, never by card. */
    private static Optional<String> cardCurrency(String text) {
        return dev.tollgate.domain.shared.Currency.byCode(text.toUpperCase(Locale.ROOT))
                .filter(currency -> currency != dev.tollgate.domain.shared.Currency.XTR).map(Enum::name);
    }

    private static Optional<String> cardNumber(String text) {
        String digits = text.replaceAll("[\\s-]", "");
        return digits.matches("[0-9]{12,19}") ? Optional.of(digits) : Optional.empty();
    }

    private static Optional<String> support(String text) {
        String bare = text.startsWith("https://t.me/") ? text.substring("https://t.me/".length()) : text;
        bare = bare.startsWith("@") ? bare.substring(1) : bare;
        return USERNAME.matcher(bare).matches() ? Optional.of(bare) : Optional.empty();
    }

    /** {@code 3d}, {@code 12h}, {@code 30m} or ISO-8601 ({@code PT36H}), as the configuration takes them. */
    static Optional<Duration> duration(String text) {
        Matcher m = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            });
        }
        try {
            return Optional.of(Duration.parse(text.toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code 500MB}, {@code 1GB}, {@code 1.5GB} (1 GB = 1024³ bytes, as the panels count). */
    static Optional<Long> traffic(String text) {
        Matcher m = TRAFFIC.matcher(text.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
        long unit = switch (m.group(2)) {
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1024L * 1024 * 1024 * 1024;
        };
        return Optional.of(amount.multiply(BigDecimal.valueOf(unit)).longValue());
    }
}
