package dev.tollgate.adapters.telegram.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** Amounts in Telegram's smallest unit of each currency (currencies.json "exp"). */
class TelegramCurrenciesTest {

    @Test
    void toTelegram_aCurrencyWithExponent2_isCents() {
        assertThat(TelegramCurrencies.exponent("USD")).contains(2);
        assertThat(TelegramCurrencies.toTelegram(Money.of(145, Currency.USD))).isEqualTo(145);
        assertThat(TelegramCurrencies.toTelegram("EUR", 5, 0)).isEqualTo(500);
        assertThat(TelegramCurrencies.fromTelegram("RUB", 29_900)).contains(Money.of(29_900, Currency.RUB));
    }

    @Test
    void toTelegram_aCurrencyWithExponent0_isWholeUnits() {
        assertThat(TelegramCurrencies.exponent("JPY")).contains(0);
        assertThat(TelegramCurrencies.exponent("KRW")).contains(0);
        assertThat(TelegramCurrencies.toTelegram("JPY", 500, 0)).isEqualTo(500);
        assertThat(TelegramCurrencies.toTelegram("JPY", 50_000, 2)).isEqualTo(500);
        assertThatThrownBy(() -> TelegramCurrencies.toTelegram("JPY", 50_050, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction");
    }

    @Test
    void toTelegram_aCurrencyWithIsoExponent3_isRefusedBecauseTelegramDefinesNoUnitForIt() {
        assertThat(TelegramCurrencies.exponent("KWD")).isEmpty();
        assertThat(TelegramCurrencies.exponent("BHD")).isEmpty();
        assertThatThrownBy(() -> TelegramCurrencies.toTelegram("KWD", 1_500, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KWD");
        assertThat(TelegramCurrencies.fromTelegram("KWD", 1_500)).isEmpty();
    }

    @Test
    void supportsProvider_isFalseForStarsAndForRialsTelegramDoesNotList() {
        assertThat(TelegramCurrencies.supportsProvider(Currency.USD)).isTrue();
        assertThat(TelegramCurrencies.supportsProvider(Currency.XTR)).isFalse();
        assertThat(TelegramCurrencies.supportsProvider(Currency.IRR)).isFalse();
        assertThat(TelegramCurrencies.fromTelegram("XTR", 250)).contains(Money.of(250, Currency.XTR));
        assertThat(TelegramCurrencies.fromTelegram("GBP", 250)).isEmpty();
    }
}
