package dev.tollgate.adapters.telegram.payments;

import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A payment provider connected in @BotFather (Stripe, YooKassa, ...): an invoice with its provider token in any
 * configured currency Telegram supports, the amount in Telegram's smallest unit of that currency, asking the user for
 * nothing else. The payment arrives as successful_payment, like Stars; Telegram offers no refund for these.
 */
public final class TelegramPaymentsGateway implements PaymentGateway {

    private final Chat chat;
    private final String providerToken;
    private final Set<Currency> currencies;

    public TelegramPaymentsGateway(Chat chat, String providerToken, Set<Currency> currencies) {
        this.chat = chat;
        this.providerToken = Objects.requireNonNull(providerToken, "providerToken");
        if (providerToken.isBlank()) {
            throw new IllegalArgumentException("a Telegram Payments provider needs its token from @BotFather");
        }
        this.currencies = currencies.stream().filter(TelegramCurrencies::supportsProvider)
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Currency.class)));
    }

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.TELEGRAM_PAYMENTS;
    }

    @Override
    public boolean accepts(Currency currency) {
        return currencies.contains(currency);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.noneOf(Capability.class);
    }

    @Override
    public Checkout open(Charge charge) {
        if (!accepts(charge.amount().currency())) {
            throw new IllegalArgumentException("this provider is not configured for " + charge.amount().currency());
        }
        Invoices.send(chat, charge, charge.amount().currency().name(), TelegramCurrencies.toTelegram(charge.amount()),
                providerToken);
        return new InvoiceSent();
    }
}
