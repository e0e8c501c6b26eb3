package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telegram Stars payments: the pre-checkout check (the payload must be one of our order ids, in XTR) and the
 * confirmation, recorded once by charge id. A failure to reach the database is thrown, so the stored update is
 * handled again; a payment that can never be recorded reaches the admins with its charge id and the user is told.
 */
public final class PaymentsScreen implements Screen {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentsScreen.class);

    private final Ui ui;
    private final ConfirmPaymentUseCase payments;
    private final AdminAlerts admins;

    public PaymentsScreen(Ui ui, ConfirmPaymentUseCase payments, AdminAlerts admins) {
        this.ui = ui;
        this.payments = payments;
        this.admins = admins;
    }

    @Override
    public String id() {
        return "pay";
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        if (input instanceof Inbound.PreCheckout query) {
            boolean ours = "XTR".equals(query.currency()) && orderId(query.payload()).isPresent() && query.totalAmount() > 0;
            return Reply.of(new Reply.PreCheckoutAnswer(query.queryId(), ours,
                    ours ? null : ui.t(session.language(), "precheckout.invalid")));
        }
        if (!(input instanceof Inbound.Paid paid)) {
            return Reply.nothing();
        }
        Optional<OrderId> order = orderId(paid.payload());
        if (order.isEmpty() || !"XTR".equals(paid.currency())) {
            return unrecorded(session, paid, "no order of ours in the payload");
        }
        ConfirmPaymentUseCase.Result result = payments.confirm(new ConfirmPaymentUseCase.Command(order.get(),
                PaymentProvider.TELEGRAM_STARS, paid.chargeId(), Money.of(paid.totalAmount(), Currency.XTR)));
        if (result instanceof ConfirmPaymentUseCase.Refused refused) {
            return unrecorded(session, paid, "refused: " + refused.reason());
        }
        if (result instanceof ConfirmPaymentUseCase.AlreadyRecorded && session.redelivered()) {
            // Handled before by an attempt that stopped (a crash): its notice may never have gone out, so confirm again.
            return Reply.send(ui.t(session.language(), "payment.already_recorded"), ui.backToMenu(session.language()));
        }
        // Paid, AlreadyRecorded and CreditedToWallet are told to the user by the core's notices.
        return Reply.nothing();
    }

    /** The payment cannot be recorded: a person must credit it by hand, so the admins get the charge id. */
    public Reply unrecorded(Session session, Inbound.Paid paid, String reason) {
        LOG.warn("payment {} of {} {} by {} was not recorded ({}); the admins are alerted", paid.chargeId(),
                paid.totalAmount(), paid.currency(), session.user(), reason);
        Currency currency = "XTR".equals(paid.currency()) ? Currency.XTR : Currency.USD;
        admins.alert(new AdminAlert.PaymentNotRecorded(session.user(), PaymentProvider.TELEGRAM_STARS, paid.chargeId(),
                Money.of(paid.totalAmount(), currency), reason));
        return Reply.send(ui.t(session.language(), "payment.unmatched"), ui.backToMenu(session.language()));
    }

    static Optional<OrderId> orderId(String payload) {
        try {
            return payload == null || payload.length() != 36 ? Optional.empty() : Optional.of(OrderId.parse(payload));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
