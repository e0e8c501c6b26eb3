package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.List;
import java.util.Optional;

/**
 * One way to pay a checkout: its button for a total (in the total's currency), or empty when it does not apply.
 * The button's screen places the order with {@link Orders#placeFromCheckout} (callback data {@code <screen>:_c}
 * or with arguments before {@code _c}), so a double tap reuses the order. A new payment method is one more entry.
 */
public interface CheckoutMethod {
    Optional<Button> button(Ui ui, Language language, Money total, List<Money> balances);

    /** Telegram Stars, the wallet when its balance covers the total, the card when its currency matches. */
    static List<CheckoutMethod> builtIn(Optional<CardTransfer> card) {
        return builtIn(CardTransfer.Source.fixed(card));
    }

    /** As {@link #builtIn(Optional)}, with the card looked up at each checkout. */
    static List<CheckoutMethod> builtIn(CardTransfer.Source card) {
        return List.of(
                (ui, language, total, balances) -> total.currency() == Currency.XTR && total.isPositive()
                        ? Optional.of(Button.tap(ui.t(language, "pay.stars", Long.toString(total.minorUnits())),
                                CallbackData.of("stars", Checkout.REF)))
                        : Optional.empty(),
                (ui, language, total, balances) -> balances.stream()
                        .anyMatch(b -> b.currency() == total.currency() && !b.isLessThan(total))
                        ? Optional.of(Button.tap(ui.t(language, "pay.wallet", ui.formats().money(language, total)),
                                CallbackData.of("wpay", total.currency().name(), Checkout.REF)))
                        : Optional.empty(),
                (ui, language, total, balances) -> card.now().map(c -> c.currency() == total.currency()).orElse(false)
                        && total.isPositive()
                        ? Optional.of(Button.tap(ui.t(language, "pay.card", ui.formats().money(language, total)),
                                CallbackData.of("card", Checkout.REF)))
                        : Optional.empty());
    }
}
