package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.ChangeShopSettingUseCase;
import dev.tollgate.application.port.in.ShowShopSettingsUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.SettingsStore;
import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.application.port.out.ShopSettings;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.settings.ChangeShopSettingService;
import dev.tollgate.application.service.settings.OverlaidShopSettings;
import dev.tollgate.application.service.settings.ShowShopSettingsService;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.domain.customer.Language;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The shop settings admins change in the bot (card details and currency, support, FAQ, trial terms, referral percent): the
 * configuration gives the defaults, a value stored in the bot wins, and the running app reads them through
 * {@link ShopSettings}, cached for {@link #CACHE}.
 */
public final class SettingsModule extends AbstractModule {

    /** How long an instance keeps the merged terms; a change saved on another instance shows within this time. */
    public static final Duration CACHE = Duration.ofSeconds(30);

    private final Settings settings;
    private final Clock clock;

    public SettingsModule(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The configuration's values, in the settings' canonical forms. */
    static Map<ShopSetting, String> defaults(Settings settings) {
        Map<ShopSetting, String> defaults = new EnumMap<>(ShopSetting.class);
        defaults.put(ShopSetting.CARD_NUMBER, settings.card().number() == null ? "" : settings.card().number().strip());
        defaults.put(ShopSetting.CARD_HOLDER, settings.card().holder() == null ? "" : settings.card().holder().strip());
        defaults.put(ShopSetting.CARD_BANK, "");
        // Checked by the configuration only with a card number; a card switched on in the bot falls back to IRR.
        defaults.put(ShopSetting.CARD_CURRENCY, dev.tollgate.domain.shared.Currency.byCode(settings.card().currency())
                .orElse(dev.tollgate.domain.shared.Currency.IRR).name());
        defaults.put(ShopSetting.SUPPORT, settings.shop().supportUsername());
        defaults.put(ShopSetting.FAQ_EN, settings.shop().faq().getOrDefault(Language.EN, ""));
        defaults.put(ShopSetting.FAQ_FA, settings.shop().faq().getOrDefault(Language.FA, ""));
        defaults.put(ShopSetting.FAQ_RU, settings.shop().faq().getOrDefault(Language.RU, ""));
        defaults.put(ShopSetting.TRIAL_DURATION, settings.trial().duration().toString());
        defaults.put(ShopSetting.TRIAL_TRAFFIC, Long.toString(settings.trial().traffic().bytes()));
        defaults.put(ShopSetting.REFERRAL_PERCENT, Integer.toString(settings.commerce().referralCashbackPercent()));
        defaults.put(ShopSetting.REMINDERS, dev.tollgate.application.port.out.ShopTerms.ALL_REMINDERS);
        return defaults;
    }

    @Provides
    @Singleton
    OverlaidShopSettings overlaid(SettingsStore store) {
        return new OverlaidShopSettings(defaults(settings), store, clock, CACHE);
    }

    @Provides
    ShopSettings shopSettings(OverlaidShopSettings overlaid) {
        return overlaid;
    }

    @Provides
    @Singleton
    ShowShopSettingsUseCase showShopSettings(AdminDirectory staff, OverlaidShopSettings overlaid) {
        return new ShowShopSettingsService(staff, overlaid);
    }

    @Provides
    @Singleton
    ChangeShopSettingUseCase changeShopSetting(AdminDirectory staff, SettingsStore store, OverlaidShopSettings overlaid,
                                               AuditLog audit, TransactionRunner transactions) {
        return new ChangeShopSettingService(staff, store, overlaid, audit, transactions, clock);
    }
}
