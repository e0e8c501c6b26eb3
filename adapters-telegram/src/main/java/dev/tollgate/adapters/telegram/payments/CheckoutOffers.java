package dev.tollgate.adapters.telegram.payments;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.OpenCheckoutUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checkout buttons of the configured providers other than Stars, for the plan screen and the wallet: only
 * providers that are configured and take one of the plan's currencies appear.
 */
public final class CheckoutOffers {

    static final String SCREEN = "pco";

    /** Short provider codes in callback data. */
    private static final Map<String, PaymentProvider> CODES = Map.of("tp", PaymentProvider.TELEGRAM_PAYMENTS,
            "cb", PaymentProvider.CRYPTO_BOT);
    private static final List<PaymentProvider> OFFERED = List.of(PaymentProvider.TELEGRAM_PAYMENTS,
            PaymentProvider.CRYPTO_BOT);
    /** Top-up amounts in whole units of the currency (roubles and the like get a hundred times as many). */
    private static final List<Integer> TOP_UP_UNITS = List.of(5, 10, 25, 50);

    private CheckoutOffers() {
    }

    /** One button per configured provider that can take this plan, in the first of its currencies it accepts. */
    public static List<Button> forPlan(Ui ui, Language language, OpenCheckoutUseCase checkouts, Plan plan) {
        List<Button> buttons = new ArrayList<>();
        for (PaymentProvider provider : OFFERED) {
            priceFor(checkouts, provider, plan).ifPresent(price -> buttons.add(Button.tap(
                    ui.t(language, key(provider), ui.formats().money(language, price)),
                    CallbackData.of(SCREEN, code(provider), plan.id().value()))));
        }
        return buttons;
    }

    /** A row of top-up amounts per configured provider, in the first currency it accepts. */
    public static List<List<Button>> forTopUp(Ui ui, Language language, OpenCheckoutUseCase checkouts) {
        List<List<Button>> rows = new ArrayList<>();
        for (PaymentProvider provider : OFFERED) {
            List<Button> row = topUps(checkouts, provider).stream().map(amount -> Button.tap(
                    ui.t(language, key(provider), ui.formats().money(language, amount)),
                    CallbackData.of(SCREEN, code(provider), "top", amount.currency().name(), amount.minorUnits()))).toList();
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    static Optional<Money> priceFor(OpenCheckoutUseCase checkouts, PaymentProvider provider, Plan plan) {
        return Stream.of(Currency.values()).filter(currency -> checkouts.accepts(provider, currency))
                .map(plan::priceIn).flatMap(Optional::stream).filter(Money::isPositive).findFirst();
    }

    static List<Money> topUps(OpenCheckoutUseCase checkouts, PaymentProvider provider) {
        Optional<Currency> currency = Stream.of(Currency.values()).filter(c -> c != Currency.XTR && c != Currency.IRR)
                .filter(c -> checkouts.accepts(provider, c)).findFirst();
        if (currency.isEmpty()) {
            return List.of();
        }
        long scale = (long) Math.pow(10, currency.get().fractionDigits()) * (currency.get() == Currency.RUB ? 100 : 1);
        return TOP_UP_UNITS.stream().map(units -> Money.of(units * scale, currency.get())).toList();
    }

    static Optional<PaymentProvider> provider(String code) {
        return Optional.ofNullable(CODES.get(code));
    }

    static Optional<Currency> currency(String code) {
        return Currency.byCode(code);
    }

    private static String code(PaymentProvider provider) {
        return provider == PaymentProvider.CRYPTO_BOT ? "cb" : "tp";
    }

    private static String key(PaymentProvider provider) {
        return provider == PaymentProvider.CRYPTO_BOT ? "payments.pay.cryptobot" : "payments.pay.telegram";
    }
}
