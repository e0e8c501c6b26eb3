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

    public int referralPercent() {
        return Integer.parseInt(value(ShopSetting.REFERRAL_PERCENT));
    }
}
