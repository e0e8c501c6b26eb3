package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.adapters.telegram.payments.TelegramCurrencies;
import dev.tollgate.application.port.in.CheckCheckoutUseCase;
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
 * Telegram's own payments (Stars, and providers connected in @BotFather): the pre-checkout check (the payload is one
 * of our open orders and the amount and currency are exactly its total) and the confirmation, recorded once by
 * charge id; money that does not fit its order goes to the wallet and the user is told why. A failure to reach the database is thrown, so the stored update is
 * handled again; a payment that can never be recorded reaches the admins with its charge id and the user is told.
 */
public final class PaymentsScreen implements Screen {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentsScreen.class);

    private final Ui ui;
    private final ConfirmPaymentUseCase payments;
    private final AdminAlerts admins;
    private final CheckCheckoutUseCase checks;

    public PaymentsScreen(Ui ui, ConfirmPaymentUseCase payments, AdminAlerts admins, CheckCheckoutUseCase checks) {
        this.ui = ui;
        this.payments = payments;
        this.admins = admins;
        this.checks = checks;
    }

    @Override
    public String id() {
        return "pay";
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        if (input instanceof Inbound.PreCheckout query) {
            String refusal = preCheckoutRefusal(query);
            return Reply.of(new Reply.PreCheckoutAnswer(query.queryId(), refusal == null,
                    refusal == null ? null : ui.t(session.language(), refusal)));
        }
        if (!(input instanceof Inbound.Paid paid)) {
            return Reply.nothing();
        }
        Optional<OrderId> order = orderId(paid.payload());
        Optional<Money> amount = TelegramCurrencies.fromTelegram(paid.currency(), paid.totalAmount());
        if (order.isEmpty()) {
            return unrecorded(session, paid, "no order of ours in the payload");
        }
        if (amount.isEmpty()) {
            return unrecorded(session, paid, "a currency the shop does not keep: " + paid.currency());
        }
        ConfirmPaymentUseCase.Result result = payments.confirm(new ConfirmPaymentUseCase.Command(order.get(),
                provider(paid.currency()), paid.chargeId(), amount.get()));
        if (result instanceof ConfirmPaymentUseCase.Refused refused) {
            return unrecorded(session, paid, "refused: " + refused.reason());
        }
        if (result instanceof ConfirmPaymentUseCase.AlreadyRecorded && session.redelivered()) {
            // Handled before by an attempt that stopped (a crash): its notice may never have gone out, so confirm again.
            return Reply.send(ui.t(session.language(), "payment.already_recorded"), ui.backToMenu(session.language()));
        }
        // Paid, AlreadyRecorded and CreditedToWallet (with the true reason) are told to the user by the core's notices.
        return Reply.nothing();
    }

    /** The key of the reason to refuse a pre-checkout query, or null to accept it. */
    private String preCheckoutRefusal(Inbound.PreCheckout query) {
        Optional<OrderId> order = orderId(query.payload());
        if (order.isEmpty() || query.totalAmount() <= 0) {
            return "precheckout.invalid";
        }
        Optional<Money> amount = TelegramCurrencies.fromTelegram(query.currency(), query.totalAmount());
        if (amount.isEmpty()) {
            return "payments.precheckout.currency";
        }
        CheckCheckoutUseCase.Result checked = checks.check(new CheckCheckoutUseCase.Command(order.get(), amount.get()));
        if (!(checked instanceof CheckCheckoutUseCase.Refused refused)) {
            return null;
        }
        LOG.info("pre-checkout of order {} for {} {} refused: {}", order.get(), query.totalAmount(), query.currency(),
                refused.reason());
        return switch (refused.reason()) {
            case UNKNOWN_ORDER, ORDER_CLOSED -> "precheckout.invalid";
            case WRONG_CURRENCY -> "payments.precheckout.currency";
            case WRONG_AMOUNT -> "payments.precheckout.amount";
        };
    }

    private static PaymentProvider provider(String currency) {
        return "XTR".equals(currency) ? PaymentProvider.TELEGRAM_STARS : PaymentProvider.TELEGRAM_PAYMENTS;
    }

    /** The payment cannot be recorded: a person must credit it by hand, so the admins get the charge id. */
    public Reply unrecorded(Session session, Inbound.Paid paid, String reason) {
        LOG.warn("payment {} of {} {} by {} was not recorded ({}); the admins are alerted", paid.chargeId(),
                paid.totalAmount(), paid.currency(), session.user(), reason);
        // A currency the shop does not keep is shown in Telegram's smallest units, as XTR cannot mislead about a unit.
        Money amount = TelegramCurrencies.fromTelegram(paid.currency(), paid.totalAmount())
                .orElse(Money.of(paid.totalAmount(), Currency.XTR));
        admins.alert(new AdminAlert.PaymentNotRecorded(session.user(), provider(paid.currency()), paid.chargeId(),
                amount, reason + " (" + paid.totalAmount() + " " + paid.currency() + ")"));
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
