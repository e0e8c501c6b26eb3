package dev.tollgate.adapters.telegram;

import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button press asks for. Callback data is untrusted (any client can send any bytes), so it is parsed against
 * a strict grammar and anything else is refused; what the data names (a plan, a currency) is checked again by the
 * use case, never trusted from here.
 */
sealed interface Callback {

    Pattern SHOW_PLAN = Pattern.compile("plan:([a-z0-9][a-z0-9_-]{0,39})");
    Pattern PAY_STARS = Pattern.compile("stars:([a-z0-9][a-z0-9_-]{0,39})");
    Pattern PAY_WALLET = Pattern.compile("wpay:([A-Z]{3,4}):([a-z0-9][a-z0-9_-]{0,39})");

    record Simple(CallbackAction action) implements Callback {
    }

    record ShowPlan(PlanId plan) implements Callback {
    }

    record PayWithStars(PlanId plan) implements Callback {
    }

    record PayFromWallet(Currency currency, PlanId plan) implements Callback {
    }

    static Optional<Callback> parse(String data) {
        if (data == null || data.isEmpty() || data.length() > CallbackAction.MAX_DATA_BYTES) {
            return Optional.empty();
        }
        Optional<CallbackAction> simple = CallbackAction.parse(data);
        if (simple.isPresent()) {
            return Optional.of(new Simple(simple.get()));
        }
        Matcher plan = SHOW_PLAN.matcher(data);
        if (plan.matches()) {
            return Optional.of(new ShowPlan(new PlanId(plan.group(1))));
        }
        Matcher stars = PAY_STARS.matcher(data);
        if (stars.matches()) {
            return Optional.of(new PayWithStars(new PlanId(stars.group(1))));
        }
        Matcher wallet = PAY_WALLET.matcher(data);
        if (wallet.matches()) {
            for (Currency currency : Currency.values()) {
                if (currency.name().equals(wallet.group(1))) {
                    return Optional.of(new PayFromWallet(currency, new PlanId(wallet.group(2))));
                }
            }
        }
        return Optional.empty();
    }

    static String showPlan(PlanId plan) {
        return "plan:" + plan.value();
    }

    static String payWithStars(PlanId plan) {
        return "stars:" + plan.value();
    }

    static String payFromWallet(Currency currency, PlanId plan) {
        return "wpay:" + currency.name() + ":" + plan.value();
    }
}
