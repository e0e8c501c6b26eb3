package dev.tollgate.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void byCode_findsOnlyTheExactCode() {
        assertThat(Currency.byCode("USD")).contains(Currency.USD);
        assertThat(Currency.byCode("usd")).isEmpty();
        assertThat(Currency.byCode("DOGE")).isEmpty();
        assertThat(Currency.byCode(null)).isEmpty();
    }

    @Test
    void ofMajor_convertsToTheCurrencysMinorUnits_andRefusesWhatTheyCannotHold() {
        assertThat(Money.ofMajor(new BigDecimal("4.99"), Currency.USD)).isEqualTo(Money.of(499, Currency.USD));
        assertThat(Money.ofMajor(new BigDecimal("250"), Currency.XTR)).isEqualTo(Money.of(250, Currency.XTR));
        assertThat(Money.ofMajor(new BigDecimal("4.990"), Currency.USD)).isEqualTo(Money.of(499, Currency.USD));
        assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("4.995"), Currency.USD))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void plus_acrossCurrencies_isRejected() {
        assertThatThrownBy(() -> Money.of(1, Currency.XTR).plus(Money.of(1, Currency.USD)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plus_onOverflow_throwsInsteadOfWrapping() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, Currency.USD).plus(Money.of(1, Currency.USD)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void percent_roundsDownToTheMinorUnit() {
        assertThat(Money.of(999, Currency.USD).percent(10)).isEqualTo(Money.of(99, Currency.USD));
        assertThat(Money.of(7, Currency.XTR).percent(50)).isEqualTo(Money.of(3, Currency.XTR));
    }

    @Test
    void fraction_ofLargeAmounts_doesNotOverflow() {
        Money big = Money.of(4_000_000_000_000L, Currency.IRR);
        assertThat(big.fraction(7_776_000, 7_776_000)).isEqualTo(big);
        assertThat(big.fraction(3_888_000, 7_776_000)).isEqualTo(Money.of(2_000_000_000_000L, Currency.IRR));
    }

    @Test
    void minusOrZero_neverGoesBelowZero() {
        assertThat(Money.of(100, Currency.RUB).minusOrZero(Money.of(150, Currency.RUB))).isEqualTo(Money.zero(Currency.RUB));
    }

    @Test
    void telegramStars_haveNoMinorUnit() {
        assertThat(Currency.XTR.fractionDigits()).isZero();
        assertThat(Currency.USD.fractionDigits()).isEqualTo(2);
    }
}
