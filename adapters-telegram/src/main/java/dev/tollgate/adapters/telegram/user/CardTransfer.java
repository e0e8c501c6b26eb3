package dev.tollgate.adapters.telegram.user;

import dev.tollgate.application.port.out.ShopTerms;
import dev.tollgate.domain.shared.Currency;
import java.util.Locale;
import java.util.Optional;

/** The shop's bank card for card-to-card payments, when the operator offers them. */
public record CardTransfer(String number, String holder, Currency currency) {

    public static Optional<CardTransfer> of(String number, String holder, String currency) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CardTransfer(number.trim(), holder == null ? "" : holder.trim(), currency(currency)));
    }

    /**
     * The card the shop's terms in effect give (number, holder with the bank, currency), each falling back to the
     * configured card's value where the terms have none; empty, so no card is offered, while no number is in effect.
     */
    public static Optional<CardTransfer> inEffect(ShopTerms now, String number, String holder, String currency) {
        String numberNow = now.cardNumber().isBlank() ? blankIfNull(number).trim() : now.cardNumber();
        if (numberNow.isEmpty()) {
            return Optional.empty();
        }
        String holderNow = now.cardHolder().isEmpty() ? blankIfNull(holder).trim() : now.cardHolder();
        holderNow = now.cardBank().isEmpty() ? holderNow
                : holderNow.isEmpty() ? now.cardBank() : holderNow + " · " + now.cardBank();
        return Optional.of(new CardTransfer(numberNow, holderNow, now.cardCurrency().orElseGet(() -> currency(currency))));
    }

    /** The configured code; IRR when there is none (the configuration check refuses an unknown one with a number). */
    private static Currency currency(String code) {
        return Currency.byCode(code == null ? "" : code.trim().toUpperCase(Locale.ROOT)).orElse(Currency.IRR);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }

    /**
     * Where a screen finds the card at the moment it needs it (a checkout, a plan, a receipt, My orders), so an
     * admin's change in the bot's settings applies to the next one without a restart.
     */
    @FunctionalInterface
    public interface Source {
        Optional<CardTransfer> now();

        /** The same card every time (tests, and shops whose card only the configuration gives). */
        static Source fixed(Optional<CardTransfer> card) {
            return () -> card;
        }
    }
}
