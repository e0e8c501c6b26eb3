package dev.tollgate.adapters.telegram.view;

import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.JalaliDate;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/** Money, traffic, durations and dates as each language writes them (Jalali dates and Persian digits for Persian). */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Texts texts;
    private final ZoneId zone;

    public Formats(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    public Texts texts() {
        return texts;
    }

    public ZoneId zone() {
        return zone;
    }

    public String dateTime(Language language, Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        String zoneName = zone.getId().equals("Z") ? "UTC" : zone.getId();
        if (language == Language.FA) {
            String text = JalaliDate.of(local.toLocalDate()) + String.format(Locale.ROOT, " %02d:%02d", local.getHour(),
                    local.getMinute());
            return digits(language, text) + " (" + zoneName + ")";
        }
        return DATE_TIME.format(local) + " " + zoneName;
    }

    public String expiry(Language language, AccessDetails access) {
        if (access.endless()) {
            return texts.get(language, "expiry.never");
        }
        return access.expiry().map(instant -> dateTime(language, instant)).orElse(texts.get(language, "expiry.not_started"));
    }

    public String status(Language language, SubscriptionStatus status) {
        return texts.get(language, "status." + status.name().toLowerCase(Locale.ROOT));
    }

    public String traffic(Language language, DataSize size) {
        if (size.isZero()) {
            return texts.get(language, "traffic.unlimited");
        }
        String number = BigDecimal.valueOf(size.bytes()).divide(BigDecimal.valueOf(1024L * 1024 * 1024), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return texts.get(language, "traffic.gib", decimal(language, number));
    }

    /** A file's size in MB (1 MB = 1024² bytes, as Telegram's upload limit counts), with one decimal. */
    public String fileSize(Language language, long bytes) {
        String number = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return decimal(language, number) + " MB";
    }

    /** Amounts in the currency's own digits: "⭐ 150" for Telegram Stars, "4.99 USD" otherwise. */
    public String money(Language language, Money amount) {
        String number = decimal(language, BigDecimal.valueOf(amount.minorUnits(), amount.currency().fractionDigits()).toPlainString());
        return amount.currency() == Currency.XTR ? "⭐ " + number : number + " " + amount.currency().name();
    }

    public String duration(Language language, Duration duration) {
        long days = duration.toDays();
        if (days >= 1 && duration.equals(Duration.ofDays(days))) {
            return texts.get(language, "duration.days", digits(language, Long.toString(days)));
        }
        return digits(language, Long.toString(duration.toHours())) + " h";
    }

    public String prices(Language language, Plan plan) {
        return plan.prices().values().stream().sorted(Comparator.comparing(m -> m.currency().ordinal()))
                .map(price -> money(language, price)).collect(Collectors.joining(" / "));
    }

    public String number(Language language, long value) {
        return digits(language, Long.toString(value));
    }

    private static String decimal(Language language, String number) {
        return language == Language.FA ? digits(language, number).replace('.', '٫') : number;
    }

    public static String digits(Language language, String text) {
        return language == Language.FA ? JalaliDate.withPersianDigits(text) : text;
    }
}
