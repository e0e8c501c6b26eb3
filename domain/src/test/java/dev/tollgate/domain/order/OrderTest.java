package dev.tollgate.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.IllegalStateTransitionException;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");
    private static final PlanTerms TERMS = new PlanTerms(new PlanId("m"), Duration.ofDays(30), DataSize.ofGibibytes(10),
            1, false, RenewalPolicy.STACK_BOTH);

    private static Order order(long price, long discount, long credit, OrderKind kind) {
        return Order.place(OrderId.random(), new TelegramUserId(5), kind, TERMS, new SubscriptionId(UUID.randomUUID()),
                new ServerId("de-1"), Money.of(price, Currency.USD), Money.of(discount, Currency.USD),
                Money.of(credit, Currency.USD), null, NOW, Duration.ofMinutes(30));
    }

    @Test
    void total_isListLessDiscountLessCreditNeverNegative() {
        assertThat(order(1_000, 100, 300, OrderKind.UPGRADE).total()).isEqualTo(Money.of(600, Currency.USD));
        assertThat(order(1_000, 800, 300, OrderKind.UPGRADE).total()).isEqualTo(Money.zero(Currency.USD));
    }

    @Test
    void markPaid_withAnotherAmountOrCurrency_isRefusedAndLeavesTheOrderUnpaid() {
        Order order = order(1_000, 0, 0, OrderKind.NEW_PURCHASE);
        assertThatThrownBy(() -> order.markPaid(Money.of(999, Currency.USD), NOW)).isInstanceOf(PaymentMismatchException.class);
        assertThatThrownBy(() -> order.markPaid(Money.of(1_000, Currency.EUR), NOW)).isInstanceOf(PaymentMismatchException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
        order.markPaid(Money.of(1_000, Currency.USD), NOW);
        assertThat(order.paidAt()).contains(NOW);
    }

    @Test
    void markPaid_twice_isAnIllegalTransition() {
        Order order = order(1_000, 0, 0, OrderKind.NEW_PURCHASE);
        order.markPaid(order.total(), NOW);
        assertThatThrownBy(() -> order.markPaid(order.total(), NOW)).isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void expire_beforeThePayByTime_isRefused() {
        Order order = order(1_000, 0, 0, OrderKind.NEW_PURCHASE);
        assertThatThrownBy(() -> order.expire(NOW.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
        order.expire(NOW.plus(Duration.ofMinutes(30)));
        assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void credit_onANonUpgrade_isRejected() {
        assertThatThrownBy(() -> order(1_000, 0, 1, OrderKind.RENEWAL)).isInstanceOf(IllegalArgumentException.class);
    }
}
