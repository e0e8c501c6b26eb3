package dev.tollgate.application.service.ordering;

import static dev.tollgate.application.testing.TestCore.MONTH;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.CancelOrderUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.shared.Currency;
import org.junit.jupiter.api.Test;

class CancelOrderServiceTest {

    private final TestCore f = new TestCore();
    private final CancelOrderService cancel = new CancelOrderService(f.orders, f.payments, f.transactions);
    private final TelegramUserId alice = f.contact(1001);

    private OrderId order() {
        return f.place(PlaceOrderUseCase.Command.purchase(alice, MONTH, Currency.XTR, null, null));
    }

    @Test
    void cancel_unpaidOrder_cancelsAndLatePaymentGoesToTheWallet() {
        OrderId order = order();

        assertThat(cancel.cancel(new CancelOrderUseCase.Command(alice, order))).isEqualTo(new CancelOrderUseCase.Cancelled());
        assertThat(f.pay(order, xtr(250))).isInstanceOf(ConfirmPaymentUseCase.CreditedToWallet.class);

        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(f.balance(alice)).isEqualTo(xtr(250));
        assertThat(f.subscriptions.findByOwner(alice)).isEmpty();
    }

    @Test
    void cancel_whileAReceiptWaitsOrAfterPayment_isRefused() {
        OrderId withReceipt = order();
        f.submitReceipt.submit(new SubmitReceiptUseCase.Command(alice, withReceipt, "p", "p-unique"));
        OrderId paid = order();
        f.pay(paid, xtr(250));

        assertThat(cancel.cancel(new CancelOrderUseCase.Command(alice, withReceipt)))
                .isEqualTo(new CancelOrderUseCase.Refused(CancelOrderUseCase.Reason.NOT_CANCELLABLE));
        assertThat(cancel.cancel(new CancelOrderUseCase.Command(alice, paid)))
                .isEqualTo(new CancelOrderUseCase.Refused(CancelOrderUseCase.Reason.NOT_CANCELLABLE));
        assertThat(cancel.cancel(new CancelOrderUseCase.Command(f.contact(1002), order())))
                .isEqualTo(new CancelOrderUseCase.Refused(CancelOrderUseCase.Reason.UNKNOWN_ORDER));
    }
}
