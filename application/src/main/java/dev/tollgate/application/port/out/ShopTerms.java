package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.trial.TrialTerms;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The shop's terms in effect: every {@link ShopSetting} with its value (stored in the bot, else the configuration's;
 * empty text for "none"), in canonical form.
 */
public record ShopTerms(Map<ShopSetting, String> values) {

    public ShopTerms {
        Map<ShopSetting, String> all = new EnumMap<>(ShopSetting.class);
        for (ShopSetting setting : ShopSetting.values()) {
            all.put(setting, values.getOrDefault(setting, ""));
        }
        values = Map.copyOf(all);
    }

    public String value(ShopSetting setting) {
        return values.get(setting);
    }

    public String cardNumber() {
        return value(ShopSetting.CARD_NUMBER);
    }

    public String cardHolder() {
        return value(ShopSetting.CARD_HOLDER);
    }

    public String cardBank() {
        return value(ShopSetting.CARD_BANK);
    }

    /** The currency of card payments; empty when none is set (a shop built without the setting). */
    public Optional<dev.tollgate.domain.shared.Currency> cardCurrency() {
        return dev.tollgate.domain.shared.Currency.byCode(value(ShopSetting.CARD_CURRENCY));
    }

    /** The support account's username without '@', empty when there is none. */
    public String support() {
        return value(ShopSetting.SUPPORT);
    }

    /** The FAQ in that language, when the shop wrote one (else the bot's built-in FAQ is shown). */
    public Optional<String> faq(Language language) {
        ShopSetting setting = switch (language) {
            case EN -> ShopSetting.FAQ_EN;
            case FA -> ShopSetting.FAQ_FA;
            case RU -> ShopSetting.FAQ_RU;
        };
        return Optional.of(value(setting)).filter(text -> !text.isBlank());
    }

    public TrialTerms trial() {
        return new TrialTerms(Duration.parse(value(ShopSetting.TRIAL_DURATION)),
                DataSize.ofBytes(Long.parseLong(value(ShopSetting.TRIAL_TRAFFIC))));
    }

    /** The tokens of the reminders an admin can switch, in their order, with the reminder each stands for. */
    public static final Map<String, dev.tollgate.domain.reminder.ReminderKind> REMINDER_TOKENS = reminderTokens();

    private static Map<String, dev.tollgate.domain.reminder.ReminderKind> reminderTokens() {
        Map<String, dev.tollgate.domain.reminder.ReminderKind> tokens = new java.util.LinkedHashMap<>();
        tokens.put("3d", dev.tollgate.domain.reminder.ReminderKind.EXPIRES_IN_3_DAYS);
        tokens.put("24h", dev.tollgate.domain.reminder.ReminderKind.EXPIRES_IN_24_HOURS);
        tokens.put("3h", dev.tollgate.domain.reminder.ReminderKind.EXPIRES_IN_3_HOURS);
        tokens.put("80%", dev.tollgate.domain.reminder.ReminderKind.TRAFFIC_80_PERCENT);
        tokens.put("95%", dev.tollgate.domain.reminder.ReminderKind.TRAFFIC_95_PERCENT);
        return java.util.Collections.unmodifiableMap(tokens);
    }

    /** All five reminders on, as without a setting. */
    public static final String ALL_REMINDERS = "3d,24h,3h,80%,95%";

    /**
     * Whether the reminder is sent: the expiry and traffic reminders the schedule lists; the notice that auto-renewal
     * cannot be paid is not part of the schedule and always sent.
     */
    public boolean sends(dev.tollgate.domain.reminder.ReminderKind kind) {
        if (!REMINDER_TOKENS.containsValue(kind)) {
            return true;
        }
        return java.util.Arrays.stream(value(ShopSetting.REMINDERS).split(","))
                .map(String::strip).anyMatch(token -> REMINDER_TOKENS.get(token) == kind);
    }

    public int referralPercent() {
        return Integer.parseInt(value(ShopSetting.REFERRAL_PERCENT));
    }
}
