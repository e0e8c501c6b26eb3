package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.PromoCodeUses;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What the uses of a promo code promise: the orders placed with it, newest first, a page at a time, no others. */
public abstract class PromoCodeUsesContract extends CommerceStoreContract {

    protected abstract PromoCodeUses uses();

    @Test
    public void ordersWith_aCode_listsItsOrdersNewestFirstInPages() {
        PromoCode code = new PromoCode("USES" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        PromoCode other = new PromoCode("OTHER" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        stores().transactions().run(() -> {
            stores().discountCodes().insert(DiscountCode.percent(code, 10, T0, T0.plus(Duration.ofDays(30)), 0));
            stores().discountCodes().insert(DiscountCode.percent(other, 10, T0, T0.plus(Duration.ofDays(30)), 0));
        });
        TelegramUserId ann = newCustomer();
        TelegramUserId bob = newCustomer();
        Order first = placedWith(ann, code, 0);
        Order second = placedWith(bob, code, 60);
        Order third = placedWith(ann, code, 120);
        placedWith(bob, other, 180);
        newOrder(ann, T0.plusSeconds(240));

        assertThat(uses().ordersWith(code, 0, 10)).extracting(Order::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(uses().ordersWith(code, 1, 1)).extracting(Order::id).containsExactly(second.id());
        assertThat(uses().ordersWith(code, 3, 10)).isEmpty();
        assertThat(uses().ordersWith(code, 0, 10)).allSatisfy(o -> assertThat(o.promoCode()).contains(code));
    }

    private Order placedWith(TelegramUserId customer, PromoCode code, long secondsAfter) {
        Plan plan = newPlan();
        Order order = Order.place(OrderId.random(), customer, OrderKind.NEW_PURCHASE, plan.terms(),
                new SubscriptionId(UUID.randomUUID()), new ServerId("de-1"), Money.of(250, Currency.XTR),
                Money.of(25, Currency.XTR), Money.zero(Currency.XTR), code, T0.plusSeconds(secondsAfter),
                Duration.ofMinutes(30));
        stores().transactions().run(() -> stores().orders().insert(order));
        return order;
    }
}
