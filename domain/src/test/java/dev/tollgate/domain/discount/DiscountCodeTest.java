package dev.tollgate.domain.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiscountCodeTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void fixedAmount_largerThanThePrice_takesOnlyThePrice() {
        DiscountCode code = DiscountCode.fixedAmount(new PromoCode("big"), Money.of(900, Currency.XTR), T0,
                T0.plusSeconds(60), 0);
        assertThat(code.discountOn(Money.of(250, Currency.XTR))).isEqualTo(Money.of(250, Currency.XTR));
    }

    @Test
    void redeem_pastTheTotalLimit_isRefused() {
        DiscountCode code = DiscountCode.percent(new PromoCode("two"), 10, T0, T0.plus(Duration.ofDays(1)), 2);
        code.redeem(Money.of(1, Currency.USD), T0);
        code.redeem(Money.of(1, Currency.USD), T0);
        assertThat(code.check(Money.of(1, Currency.USD), T0)).contains(DiscountCode.Refusal.USED_UP);
        assertThatThrownBy(() -> code.redeem(Money.of(1, Currency.USD), T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void check_outsideTheWindow_isRefused() {
        DiscountCode code = DiscountCode.percent(new PromoCode("win"), 10, T0, T0.plus(Duration.ofDays(1)), 0);
        assertThat(code.check(Money.of(1, Currency.USD), T0.minusSeconds(1))).contains(DiscountCode.Refusal.NOT_YET_VALID);
        assertThat(code.check(Money.of(1, Currency.USD), T0.plus(Duration.ofDays(1)))).contains(DiscountCode.Refusal.EXPIRED);
        assertThat(code.check(Money.of(1, Currency.USD), T0)).isEmpty();
    }

    @Test
    void promoCode_isCaseInsensitive() {
        assertThat(new PromoCode(" spring-26 ")).isEqualTo(new PromoCode("SPRING-26"));
    }
}
