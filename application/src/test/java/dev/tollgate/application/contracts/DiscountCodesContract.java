package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.DiscountKind;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link dev.tollgate.application.port.out.DiscountCodes} promises: unique codes, one use per user. */
public abstract class DiscountCodesContract extends CommerceStoreContract {

    private static PromoCode randomCode() {
        return new PromoCode("C" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    @Test
    public void code_roundTrip_keepsEveryFieldOfBothKinds() {
        DiscountCode percent = DiscountCode.percent(randomCode(), 15, T0, T0.plus(Duration.ofDays(7)), 100);
        DiscountCode fixed = DiscountCode.fixedAmount(randomCode(), Money.of(150, Currency.RUB), T0,
                T0.plus(Duration.ofDays(1)), 0);
        stores().transactions().run(() -> {
            stores().discountCodes().insert(percent);
            stores().discountCodes().insert(fixed);
        });
        DiscountCode storedPercent = stores().discountCodes().find(percent.code()).orElseThrow();
        assertThat(storedPercent.kind()).isEqualTo(DiscountKind.PERCENT);
        assertThat(storedPercent.percentOff()).isEqualTo(15);
        assertThat(storedPercent.amountOff()).isEmpty();
        assertThat(storedPercent.validFrom()).isEqualTo(T0);
        assertThat(storedPercent.validUntil()).isEqualTo(T0.plus(Duration.ofDays(7)));
        assertThat(storedPercent.usageLimit()).isEqualTo(100);
        assertThat(storedPercent.timesUsed()).isZero();
        assertThat(storedPercent.active()).isTrue();
        DiscountCode storedFixed = stores().discountCodes().find(fixed.code()).orElseThrow();
        assertThat(storedFixed.kind()).isEqualTo(DiscountKind.FIXED_AMOUNT);
        assertThat(storedFixed.amountOff()).contains(Money.of(150, Currency.RUB));
        assertThat(storedFixed.usageLimit()).isZero();
        assertThat(stores().discountCodes().all()).extracting(DiscountCode::code).contains(percent.code(), fixed.code());
    }

    @Test
    public void code_insertTwice_isADuplicateKey() {
        DiscountCode code = DiscountCode.percent(randomCode(), 10, T0, T0.plusSeconds(60), 0);
        stores().transactions().run(() -> stores().discountCodes().insert(code));
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().discountCodes().insert(code)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void code_redeemedConcurrently_isAConcurrentUpdateSoTheLimitHolds() {
        DiscountCode code = DiscountCode.percent(randomCode(), 10, T0, T0.plus(Duration.ofDays(1)), 1);
        stores().transactions().run(() -> stores().discountCodes().insert(code));
        DiscountCode first = stores().discountCodes().find(code.code()).orElseThrow();
        DiscountCode second = stores().discountCodes().find(code.code()).orElseThrow();
        first.redeem(Money.of(100, Currency.USD), T0);
        stores().transactions().run(() -> stores().discountCodes().update(first));
        second.redeem(Money.of(100, Currency.USD), T0);
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().discountCodes().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        DiscountCode stored = stores().discountCodes().find(code.code()).orElseThrow();
        assertThat(stored.timesUsed()).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    public void recordRedemption_secondUseBySameUser_isADuplicateKey() {
        DiscountCode code = DiscountCode.percent(randomCode(), 10, T0, T0.plus(Duration.ofDays(1)), 0);
        stores().transactions().run(() -> stores().discountCodes().insert(code));
        TelegramUserId user = newCustomer();
        Order order = newOrder(user, T0);
        Order other = newOrder(user, T0);
        assertThat(stores().discountCodes().hasRedeemed(code.code(), user)).isFalse();
        stores().transactions().run(() -> stores().discountCodes().recordRedemption(code.code(), user, order.id(), T0));
        assertThat(stores().discountCodes().hasRedeemed(code.code(), user)).isTrue();
        assertThatThrownBy(() -> stores().transactions().run(() ->
                stores().discountCodes().recordRedemption(code.code(), user, other.id(), T0)))
                .isInstanceOf(DuplicateKeyException.class);
        TelegramUserId someoneElse = newCustomer();
        Order theirs = newOrder(someoneElse, T0);
        stores().transactions().run(() -> stores().discountCodes().recordRedemption(code.code(), someoneElse, theirs.id(), T0));
        assertThat(stores().discountCodes().hasRedeemed(code.code(), someoneElse)).isTrue();
    }

    @Test
    public void code_limitedToPlansAndUsesPerUser_roundTripsAndCountsEachUse() {
        DiscountCode code = DiscountCode.percent(randomCode(), 10, T0, T0.plus(Duration.ofDays(1)), 0)
                .restrict(java.util.Set.of(new dev.tollgate.domain.plan.PlanId("month"),
                        new dev.tollgate.domain.plan.PlanId("quarter")), 2);
        DiscountCode open = DiscountCode.percent(randomCode(), 10, T0, T0.plus(Duration.ofDays(1)), 0);
        stores().transactions().run(() -> {
            stores().discountCodes().insert(code);
            stores().discountCodes().insert(open);
        });
        DiscountCode stored = stores().discountCodes().find(code.code()).orElseThrow();
        assertThat(stored.plans()).extracting(dev.tollgate.domain.plan.PlanId::value).containsExactlyInAnyOrder("month", "quarter");
        assertThat(stored.usesPerUser()).isEqualTo(2);
        assertThat(stores().discountCodes().find(open.code()).orElseThrow().plans()).isEmpty();
        assertThat(stores().discountCodes().find(open.code()).orElseThrow().usesPerUser()).isEqualTo(1);

        TelegramUserId user = newCustomer();
        Order first = newOrder(user, T0);
        Order second = newOrder(user, T0);
        stores().transactions().run(() -> stores().discountCodes().recordRedemption(code.code(), user, first.id(), T0, 1));
        stores().transactions().run(() -> stores().discountCodes().recordRedemption(code.code(), user, second.id(), T0, 2));
        assertThat(stores().discountCodes().redemptions(code.code(), user)).isEqualTo(2);
        assertThatThrownBy(() -> stores().transactions().run(() ->
                stores().discountCodes().recordRedemption(code.code(), user, second.id(), T0, 2)))
                .isInstanceOf(DuplicateKeyException.class);
        stored.deactivate();
        stores().transactions().run(() -> stores().discountCodes().update(stored));
        assertThat(stores().discountCodes().find(code.code()).orElseThrow().usesPerUser()).isEqualTo(2);
    }
}
