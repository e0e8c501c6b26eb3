package dev.tollgate.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.bootstrap.config.ConfigLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration's card as the shop settings' defaults: the bot's card.currency starts from it, else IRR. */
class SettingsModuleDefaultsTest {

    @Test
    void defaults_withoutACardInTheConfiguration_haveNoNumberAndTheCurrencyIrr() {
        Map<ShopSetting, String> defaults = SettingsModule.defaults(new ConfigLoader().load(Map.of()));

        assertThat(defaults).containsEntry(ShopSetting.CARD_NUMBER, "").containsEntry(ShopSetting.CARD_CURRENCY, "IRR");
    }

    @Test
    void defaults_withAConfiguredCard_takeItsNumberHolderAndCurrency() {
        Map<ShopSetting, String> defaults = SettingsModule.defaults(new ConfigLoader().load(Map.of(
                "TOLLGATE_PAYMENTS_CARD_NUMBER", "6037 9975 0000 0000", "TOLLGATE_PAYMENTS_CARD_HOLDER", "A. Shop",
                "TOLLGATE_PAYMENTS_CARD_CURRENCY", "usd")));

        assertThat(defaults).containsEntry(ShopSetting.CARD_NUMBER, "6037 9975 0000 0000")
                .containsEntry(ShopSetting.CARD_HOLDER, "A. Shop").containsEntry(ShopSetting.CARD_CURRENCY, "USD");
    }

    @Test
    void defaults_withAnUnknownCurrencyAndNoNumber_fallBackToIrr_forACardSwitchedOnInTheBot() {
        Map<ShopSetting, String> defaults = SettingsModule.defaults(new ConfigLoader().load(Map.of(
                "TOLLGATE_PAYMENTS_CARD_CURRENCY", "GBP")));

        assertThat(defaults).containsEntry(ShopSetting.CARD_CURRENCY, "IRR");
    }
}
