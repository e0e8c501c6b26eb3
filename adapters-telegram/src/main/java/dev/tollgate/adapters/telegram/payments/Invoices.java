package dev.tollgate.adapters.telegram.payments;

import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.application.port.out.NotificationFailedException;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.PaymentProviderException;

/** Sends a Telegram invoice for a charge within Telegram's limits (title 1-32, description 1-255 characters). */
final class Invoices {

    private Invoices() {
    }

    static void send(Chat chat, PaymentGateway.Charge charge, String currency, long amount, String providerToken) {
        String title = cut(charge.title(), 32);
        Chat.Outcome outcome;
        try {
            outcome = chat.invoice(charge.payer().value(), title, cut(charge.description(), 255),
                    charge.order().toString(), currency, title, amount, providerToken);
        } catch (NotificationFailedException e) {
            throw new PaymentProviderException(e.getMessage(), e);
        }
        if (outcome == Chat.Outcome.BLOCKED) {
            throw new PaymentProviderException("the user blocked the bot; the invoice for order " + charge.order()
                    + " was not sent");
        }
    }

    static String cut(String text, int max) {
        String trimmed = text.isBlank() ? "-" : text.strip();
        return trimmed.codePointCount(0, trimmed.length()) <= max ? trimmed
                : trimmed.substring(0, trimmed.offsetByCodePoints(0, max - 1)) + "…";
    }
}
