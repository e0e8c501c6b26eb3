package dev.tollgate.application.service.payment;

import static dev.tollgate.application.testing.TestCore.MONTH;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.CancelOrderUseCase;
import dev.tollgate.application.port.in.ExpireOverdueOrdersUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.service.ordering.CancelOrderService;
import dev.tollgate.application.service.ordering.ExpireOverdueOrdersService;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Currency;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Money that cannot pay its order goes to the wallet, and the user is told the true reason. */
class WalletReasonsTest {

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1201);

    private OrderId monthOrder() {
        return f.place(PlaceOrderUseCase.Command.purchase(alice, MONTH, Currency.XTR, null, null));
    }

    private Notice.RefundReason lastReason() {
        var sent = f.notifier.sent(Notice.RefundedToWallet.class);
        return sent.get(sent.size() - 1).reason();
    }

    @Test
    void payment_ofTheWrongAmount_isKeptAndSaysTheAmountWasWrong() {
        f.pay(monthOrder(), xtr(249));
        assertThat(lastReason()).isEqualTo(Notice.RefundReason.PAYMENT_MISMATCH);
    }

    @Test
    void payment_forAnExpiredOrder_saysItExpired() {
        OrderId order = monthOrder();
        f.clock.advance(Duration.ofHours(1));
        new ExpireOverdueOrdersService(f.orders, f.payments, f.transactions, f.clock)
                .expire(new ExpireOverdueOrdersUseCase.Command(100));
        f.pay(order, xtr(250));
        assertThat(lastReason()).isEqualTo(Notice.RefundReason.ORDER_EXPIRED);
    }

    @Test
    void payment_forACancelledOrder_saysItWasCancelled() {
        OrderId order = monthOrder();
        new CancelOrderService(f.orders, f.payments, f.transactions).cancel(new CancelOrderUseCase.Command(alice, order));
        f.pay(order, xtr(250));
        assertThat(lastReason()).isEqualTo(Notice.RefundReason.ORDER_CANCELLED);
    }

    @Test
    void secondPayment_forAPaidOrder_saysItWasPaidAlready() {
        OrderId order = monthOrder();
        f.pay(order, xtr(250));
        f.pay(order, xtr(250));
        assertThat(lastReason()).isEqualTo(Notice.RefundReason.ORDER_ALREADY_PAID);
        assertThat(f.balance(alice)).isEqualTo(xtr(250));
    }
}
