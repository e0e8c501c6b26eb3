package dev.tollgate.adapters.telegram.payments;

import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.application.port.out.NotificationFailedException;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.PaymentProviderException;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Telegram Stars: an invoice in XTR with an empty provider token sent into the payer's chat (the order id is the
 * payload; the payment arrives as successful_payment through the inbox), and refunds with refundStarPayment.
 */
public final class StarsGateway implements PaymentGateway {

    private final Chat chat;

    public StarsGateway(Chat chat) {
        this.chat = chat;
    }

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.TELEGRAM_STARS;
    }

    @Override
    public boolean accepts(Currency currency) {
        return currency == Currency.XTR;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.REFUND);
    }

    @Override
    public Checkout open(Charge charge) {
        if (charge.amount().currency() != Currency.XTR) {
            throw new IllegalArgumentException("Stars invoices are in XTR, not " + charge.amount().currency());
        }
        Invoices.send(chat, charge, "XTR", charge.amount().minorUnits(), "");
        return new InvoiceSent();
    }

    @Override
    public RefundOutcome refund(Payment payment) {
        if (payment.provider() != PaymentProvider.TELEGRAM_STARS) {
            throw new IllegalArgumentException("not a Stars payment: " + payment.provider());
        }
        Optional<String> refused;
        try {
            refused = chat.refundStarPayment(payment.payer().value(), payment.externalId());
        } catch (NotificationFailedException e) {
            throw new PaymentProviderException(e.getMessage(), e);
        }
        if (refused.isEmpty()) {
            return new Refunded();
        }
        // Telegram's answer to a second refund of one charge (tdlib/telegram-bot-api#690).
        if (refused.get().contains("CHARGE_ALREADY_REFUNDED")) {
            return new AlreadyRefunded();
        }
        return new RefundRefused(refused.get());
    }
}
