package dev.tollgate.bootstrap.config;

import static dev.tollgate.bootstrap.config.Values.between;
import static dev.tollgate.bootstrap.config.Values.nullToEmpty;
import static dev.tollgate.bootstrap.config.Values.positive;

import dev.tollgate.domain.shared.Currency;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The {@code commerce.*} settings (orders, referrals, provisioning retries) and the card-to-card {@code payments.card*}. */
final class CommerceSection {

    private CommerceSection() {
    }

    static Settings.Commerce parse(List<String> problems, TollgateConfig.Commerce c) {
        int cashback = between(problems, "commerce.referralCashbackPercent", c.referralCashbackPercent(), 0, 100, "");
        int attempts = between(problems, "commerce.provisioningMaxAttempts", c.provisioningMaxAttempts(), 1, 100, "");
        return new Settings.Commerce(positive(problems, "commerce.orderPayWithin", c.orderPayWithin()), cashback,
                positive(problems, "commerce.provisioningFirstRetry", c.provisioningFirstRetry()),
                positive(problems, "commerce.provisioningMaxRetryDelay", c.provisioningMaxRetryDelay()), attempts);
    }

    /** Card-to-card is offered when a card number is set; its currency must be one the shop knows. */
    static Settings.CardPayments card(List<String> problems, TollgateConfig.Payments payments) {
        String currency = nullToEmpty(payments.cardCurrency()).trim().toUpperCase(Locale.ROOT);
        if (!nullToEmpty(payments.cardNumber()).isBlank()
                && Currency.byCode(currency).isEmpty()) {
            problems.add(Variables.key("payments.cardCurrency") + " must be one of " + Arrays.toString(Currency.values()));
        }
        return new Settings.CardPayments(nullToEmpty(payments.cardNumber()).trim(),
                nullToEmpty(payments.cardHolder()).trim(), currency);
    }
}
