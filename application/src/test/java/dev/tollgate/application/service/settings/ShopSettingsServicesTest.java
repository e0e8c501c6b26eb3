package dev.tollgate.application.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemorySettingsStore;
import dev.tollgate.application.fakes.InMemoryStaffRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.in.ChangeShopSettingUseCase;
import dev.tollgate.application.port.in.ShowShopSettingsUseCase;
import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.application.service.staff.StaffDirectory;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.StaffMember;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shop settings: the configuration as defaults, a stored value wins, checked, audited, and seen by every instance. */
class ShopSettingsServicesTest {

    private static final TelegramUserId OWNER = new TelegramUserId(1);
    private static final TelegramUserId SUPPORT = new TelegramUserId(3);
    private static final Map<ShopSetting, String> DEFAULTS = Map.of(ShopSetting.TRIAL_DURATION, "PT24H",
            ShopSetting.TRIAL_TRAFFIC, "1073741824", ShopSetting.REFERRAL_PERCENT, "10",
            ShopSetting.SUPPORT, "configured_help");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final InMemoryStaffRepository staffStore = new InMemoryStaffRepository();
    private final StaffDirectory staff = new StaffDirectory(Set.of(OWNER), staffStore);
    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final OverlaidShopSettings first = new OverlaidShopSettings(DEFAULTS, store, clock, Duration.ofSeconds(30));
    private final OverlaidShopSettings second = new OverlaidShopSettings(DEFAULTS, store, clock, Duration.ofSeconds(30));
    private final ChangeShopSettingService change = new ChangeShopSettingService(staff, store, first, audit,
            new InMemoryTransactionRunner(), clock);
    private final ShowShopSettingsService show = new ShowShopSettingsService(staff, first);

    ShopSettingsServicesTest() {
        staffStore.save(new StaffMember(SUPPORT, StaffRole.SUPPORT, OWNER, clock.instant()));
    }

    @Test
    void aStoredValue_winsOverTheConfiguration_onThisInstanceAtOnce_andOnAnotherWithinItsCacheTime() {
        assertThat(second.current().trial().duration()).isEqualTo(Duration.ofHours(24));

        assertThat(change.change(ChangeShopSettingUseCase.Command.set(OWNER, ShopSetting.TRIAL_DURATION, "3d")))
                .isEqualTo(new ChangeShopSettingUseCase.Changed("PT24H", "PT72H"));

        assertThat(first.current().trial().duration()).isEqualTo(Duration.ofDays(3));
        assertThat(second.current().trial().duration()).as("cached on the other instance").isEqualTo(Duration.ofHours(24));
        clock.advance(Duration.ofSeconds(30));
        assertThat(second.current().trial().duration()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void current_readsTheStoreOncePerCacheTime() {
        first.current();
        int reads = store.reads();
        for (int i = 0; i < 100; i++) {
            first.current();
        }
        assertThat(store.reads()).isEqualTo(reads);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TRIAL_DURATION | 12h | PT12H", "TRIAL_DURATION | PT36H | PT36H", "TRIAL_DURATION | 90d | PT2160H",
        "TRIAL_TRAFFIC | 1.5GB | 1610612736", "TRIAL_TRAFFIC | 500mb | 524288000",
        "REFERRAL_PERCENT | 0 | 0", "REFERRAL_PERCENT | 100 | 100",
        "SUPPORT | @shop_support | shop_support", "SUPPORT | https://t.me/shop_support | shop_support",
        "CARD_NUMBER | 6037-9912 3456 7890 | 6037991234567890", "CARD_BANK | Bank Melli | Bank Melli",
        "REMINDERS | 95% 3d | 3d,95%", "REMINDERS | 3h,24h , 80% | 24h,3h,80%", "REMINDERS | off | ''",
        "CARD_CURRENCY | usd | USD", "CARD_CURRENCY | ' EUR ' | EUR", "CARD_CURRENCY | IRR | IRR", "CARD_CURRENCY | usdt | USDT"})
    void change_withAValueItsRuleTakes_storesItCanonical(ShopSetting setting, String typed, String stored) {
        assertThat(change.change(ChangeShopSettingUseCase.Command.set(OWNER, setting, typed)))
                .isInstanceOf(ChangeShopSettingUseCase.Changed.class);
        assertThat(store.all()).containsEntry(setting, stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TRIAL_DURATION | forever", "TRIAL_DURATION | 30m", "TRIAL_DURATION | 91d", "TRIAL_TRAFFIC | 2 GiB",
        "TRIAL_TRAFFIC | 2TB", "REFERRAL_PERCENT | 101", "REFERRAL_PERCENT | -5", "REFERRAL_PERCENT | 7.5",
        "SUPPORT | @ab", "SUPPORT | not a name", "CARD_NUMBER | 1234", "CARD_NUMBER | 6037 abcd 3456 7890",
        "CARD_HOLDER | ''", "REMINDERS | 2d", "REMINDERS | 3d 50%",
        "CARD_CURRENCY | XTR", "CARD_CURRENCY | xtr", "CARD_CURRENCY | GBP", "CARD_CURRENCY | ''", "CARD_CURRENCY | US D",
        "CARD_CURRENCY | dollars"})
    void change_withAValueItsRuleRefuses_isRefusedAndChangesNothing(ShopSetting setting, String typed) {
        assertThat(change.change(ChangeShopSettingUseCase.Command.set(OWNER, setting, typed)))
                .isEqualTo(new ChangeShopSettingUseCase.Refused(ChangeShopSettingUseCase.Reason.INVALID));
        assertThat(store.all()).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void change_ofAFaqLongerThan3500Characters_isRefused() {
        assertThat(change.change(ChangeShopSettingUseCase.Command.set(OWNER, ShopSetting.FAQ_EN, "x".repeat(3_501))))
                .isEqualTo(new ChangeShopSettingUseCase.Refused(ChangeShopSettingUseCase.Reason.INVALID));
        change.change(ChangeShopSettingUseCase.Command.set(OWNER, ShopSetting.FAQ_FA, "پاسخ"));
        assertThat(first.current().faq(Language.FA)).contains("پاسخ");
        assertThat(first.current().faq(Language.EN)).isEmpty();
    }

    @Test
    void cardCurrency_isStoredAsItsCode_auditedFromTheConfiguredDefault_resetToIt_andRefusedToSupport() {
        OverlaidShopSettings configured = new OverlaidShopSettings(Map.of(ShopSetting.CARD_CURRENCY, "IRR"), store, clock,
                Duration.ofSeconds(30));
        ChangeShopSettingService changeCard = new ChangeShopSettingService(staff, store, configured, audit,
                new InMemoryTransactionRunner(), clock);
        assertThat(configured.current().cardCurrency()).contains(dev.tollgate.domain.shared.Currency.IRR);

        assertThat(changeCard.change(ChangeShopSettingUseCase.Command.set(SUPPORT, ShopSetting.CARD_CURRENCY, "USD")))
                .isEqualTo(new ChangeShopSettingUseCase.Refused(ChangeShopSettingUseCase.Reason.NOT_AN_ADMIN));
        assertThat(store.all()).isEmpty();
        assertThat(audit.all()).isEmpty();
        assertThat(changeCard.change(ChangeShopSettingUseCase.Command.set(OWNER, ShopSetting.CARD_CURRENCY, "usd")))
                .isEqualTo(new ChangeShopSettingUseCase.Changed("IRR", "USD"));
        assertThat(configured.current().cardCurrency()).contains(dev.tollgate.domain.shared.Currency.USD);
        assertThat(changeCard.change(ChangeShopSettingUseCase.Command.reset(OWNER, ShopSetting.CARD_CURRENCY)))
                .isEqualTo(new ChangeShopSettingUseCase.Changed("USD", "IRR"));

        assertThat(configured.current().cardCurrency()).contains(dev.tollgate.domain.shared.Currency.IRR);
        assertThat(audit.all()).extracting(e -> e.action(), e -> e.subject(), e -> e.actor()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditAction.SHOP_SETTING_CHANGED, "setting card.currency", OWNER),
                org.assertj.core.groups.Tuple.tuple(AuditAction.SHOP_SETTING_RESET, "setting card.currency", OWNER));
    }

    @Test
    void cardCurrency_withoutASetting_isEmpty() {
        assertThat(first.current().cardCurrency()).isEmpty();
    }

    @Test
    void reset_bringsTheConfigurationBack_isAudited_andTwiceChangesNothing() {
        change.change(ChangeShopSettingUseCase.Command.set(OWNER, ShopSetting.TRIAL_TRAFFIC, "5GB"));
        assertThat(first.current().trial().traffic()).isEqualTo(DataSize.ofGibibytes(5));

        assertThat(change.change(ChangeShopSettingUseCase.Command.reset(OWNER, ShopSetting.TRIAL_TRAFFIC)))
                .isEqualTo(new ChangeShopSettingUseCase.Changed("5368709120", "1073741824"));
        assertThat(change.change(ChangeShopSettingUseCase.Command.reset(OWNER, ShopSetting.TRIAL_TRAFFIC)))
                .isEqualTo(new ChangeShopSettingUseCase.Refused(ChangeShopSettingUseCase.Reason.UNCHANGED));
        assertThat(change.change(ChangeShopSettingUseCase.Command.set(OWNER, ShopSetting.SUPPORT, "@new_help")))
                .isInstanceOf(ChangeShopSettingUseCase.Changed.class);
        assertThat(change.change(ChangeShopSettingUseCase.Command.set(OWNER, ShopSetting.SUPPORT, "new_help")))
                .isEqualTo(new ChangeShopSettingUseCase.Refused(ChangeShopSettingUseCase.Reason.UNCHANGED));

        assertThat(first.current().trial().traffic()).isEqualTo(DataSize.ofGibibytes(1));
        assertThat(audit.all()).extracting(e -> e.action()).containsExactly(AuditAction.SHOP_SETTING_CHANGED,
                AuditAction.SHOP_SETTING_RESET, AuditAction.SHOP_SETTING_CHANGED);
        assertThat(audit.all().get(2).before()).isEqualTo("configured_help");
        assertThat(audit.all().get(2).after()).isEqualTo("new_help");
    }

    @Test
    void showAndChange_bySupportOrAStranger_areRefusedWithNothingChangedAndNothingAudited() {
        for (TelegramUserId who : new TelegramUserId[] {SUPPORT, new TelegramUserId(666)}) {
            assertThat(show.show(new ShowShopSettingsUseCase.Command(who))).isEqualTo(new ShowShopSettingsUseCase.Refused());
            assertThat(change.change(ChangeShopSettingUseCase.Command.set(who, ShopSetting.CARD_NUMBER, "6037991234567890")))
                    .isEqualTo(new ChangeShopSettingUseCase.Refused(ChangeShopSettingUseCase.Reason.NOT_AN_ADMIN));
            assertThat(change.change(ChangeShopSettingUseCase.Command.reset(who, ShopSetting.SUPPORT)))
                    .isEqualTo(new ChangeShopSettingUseCase.Refused(ChangeShopSettingUseCase.Reason.NOT_AN_ADMIN));
        }
        assertThat(store.all()).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void show_listsEverySettingWithTheValueInEffectTheConfigurationsAndWhetherTheBotsWins() {
        change.change(ChangeShopSettingUseCase.Command.set(OWNER, ShopSetting.REFERRAL_PERCENT, "25"));

        ShowShopSettingsUseCase.Settings settings = (ShowShopSettingsUseCase.Settings) show.show(
                new ShowShopSettingsUseCase.Command(OWNER));

        assertThat(settings.rows()).hasSize(ShopSetting.values().length);
        assertThat(settings.row(ShopSetting.REFERRAL_PERCENT)).isEqualTo(new ShowShopSettingsUseCase.Row(
                ShopSetting.REFERRAL_PERCENT, "25", "10", true));
        assertThat(settings.row(ShopSetting.CARD_BANK)).isEqualTo(new ShowShopSettingsUseCase.Row(
                ShopSetting.CARD_BANK, "", "", false));
    }
}
