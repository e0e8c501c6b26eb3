package dev.tollgate.adapters.telegram.user;

import dev.tollgate.domain.shared.Currency;
import java.util.Optional;

/** The shop's bank card for card-to-card payments, when the operator offers them. */
public record CardTransfer(String number, String holder, Currency currency) {

    public static Optional<CardTransfer> of(String number, String holder, String currency) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CardTransfer(number.trim(), holder == null ? "" : holder.trim(),
                Currency.valueOf(currency == null || currency.isBlank() ? "IRR" : currency.trim().toUpperCase(java.util.Locale.ROOT))));
    }
}
