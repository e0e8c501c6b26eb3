package dev.tollgate.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.provisioning.ProvisioningTaskStatus;
import dev.tollgate.domain.shared.IllegalStateTransitionException;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

/** Every status enum's table: each pair either moves (to exactly the target) or throws the transition exception. */
class TransitionTablesTest {

    private static <E extends Enum<E>> void checkTable(Class<E> type, BiPredicate<E, E> can, BinaryOperator<E> move) {
        for (E from : type.getEnumConstants()) {
            for (E to : type.getEnumConstants()) {
                if (can.test(from, to)) {
                    assertThat(move.apply(from, to)).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> move.apply(from, to)).isInstanceOf(IllegalStateTransitionException.class);
                }
            }
        }
    }

    @Test
    void everyStatusTable_eitherMovesOrThrows() {
        checkTable(OrderStatus.class, OrderStatus::canMoveTo, OrderStatus::moveTo);
        checkTable(PaymentStatus.class, PaymentStatus::canMoveTo, PaymentStatus::moveTo);
        checkTable(SubscriptionStatus.class, SubscriptionStatus::canMoveTo, SubscriptionStatus::moveTo);
        checkTable(ProvisioningTaskStatus.class, ProvisioningTaskStatus::canMoveTo, ProvisioningTaskStatus::moveTo);
    }

    @Test
    void orderTable_isTheDocumentedOne() {
        assertThat(allowedFrom(OrderStatus.CREATED)).containsExactlyInAnyOrder(
                OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, OrderStatus.CANCELLED, OrderStatus.EXPIRED);
        assertThat(allowedFrom(OrderStatus.AWAITING_PAYMENT)).containsExactlyInAnyOrder(
                OrderStatus.PAID, OrderStatus.CANCELLED, OrderStatus.EXPIRED);
        assertThat(allowedFrom(OrderStatus.PAID)).containsExactlyInAnyOrder(
                OrderStatus.FULFILLED, OrderStatus.FAILED, OrderStatus.REFUNDED);
        assertThat(allowedFrom(OrderStatus.FULFILLED)).containsExactly(OrderStatus.REFUNDED);
        assertThat(allowedFrom(OrderStatus.FAILED)).containsExactly(OrderStatus.REFUNDED);
        assertThat(allowedFrom(OrderStatus.CANCELLED)).isEmpty();
        assertThat(allowedFrom(OrderStatus.EXPIRED)).isEmpty();
        assertThat(allowedFrom(OrderStatus.REFUNDED)).isEmpty();
    }

    @Test
    void paymentDecisions_areFinal() {
        assertThat(PaymentStatus.CONFIRMED.canMoveTo(PaymentStatus.REJECTED)).isFalse();
        assertThat(PaymentStatus.REJECTED.canMoveTo(PaymentStatus.CONFIRMED)).isFalse();
    }

    private static Set<OrderStatus> allowedFrom(OrderStatus from) {
        Set<OrderStatus> allowed = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus to : OrderStatus.values()) {
            if (from.canMoveTo(to)) {
                allowed.add(to);
            }
        }
        return allowed;
    }
}
