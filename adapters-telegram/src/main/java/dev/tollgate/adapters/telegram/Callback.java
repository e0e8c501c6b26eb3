package dev.tollgate.adapters.telegram;

import dev.tollgate.domain.payment.PaymentId;
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
    Pattern PAY_CARD = Pattern.compile("card:([a-z0-9][a-z0-9_-]{0,39})");
    Pattern TOP_UP = Pattern.compile("top:([0-9]{1,5})");
    Pattern AUTO_RENEW = Pattern.compile("ar:(on|off):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    /** The Stars amounts the wallet screen offers; any other amount in callback data is forged and refused. */
    java.util.List<Integer> TOP_UP_STARS = java.util.List.of(100, 250, 500, 1000);
    Pattern REVIEW = Pattern.compile("rcpt:(ok|no):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    record Simple(CallbackAction action) implements Callback {
    }

    record ShowPlan(PlanId plan) implements Callback {
    }

    record PayWithStars(PlanId plan) implements Callback {
    }

    record PayFromWallet(Currency currency, PlanId plan) implements Callback {
    }

    record PayByCard(PlanId plan) implements Callback {
    }

    record TopUpWithStars(int stars) implements Callback {
    }

    record ChangeAutoRenew(dev.tollgate.domain.subscription.SubscriptionId subscription, boolean enabled) implements Callback {
    }

    /** An admin's decision on a receipt; whether the presser is an admin is the use case's to check. */
    record ReviewReceipt(PaymentId payment, boolean approve) implements Callback {
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
        Matcher topUp = TOP_UP.matcher(data);
        if (topUp.matches()) {
            int amount = Integer.parseInt(topUp.group(1));
            return TOP_UP_STARS.contains(amount) ? Optional.of(new TopUpWithStars(amount)) : Optional.empty();
        }
        Matcher autoRenew = AUTO_RENEW.matcher(data);
        if (autoRenew.matches()) {
            return Optional.of(new ChangeAutoRenew(dev.tollgate.domain.subscription.SubscriptionId.parse(autoRenew.group(2)),
                    autoRenew.group(1).equals("on")));
        }
        Matcher card = PAY_CARD.matcher(data);
        if (card.matches()) {
            return Optional.of(new PayByCard(new PlanId(card.group(1))));
        }
        Matcher review = REVIEW.matcher(data);
        if (review.matches()) {
            return Optional.of(new ReviewReceipt(new PaymentId(java.util.UUID.fromString(review.group(2))), review.group(1).equals("ok")));
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

    static String topUp(int stars) {
        return "top:" + stars;
    }

    static String autoRenew(dev.tollgate.domain.subscription.SubscriptionId subscription, boolean enabled) {
        return "ar:" + (enabled ? "on" : "off") + ":" + subscription.value();
    }

    static String payByCard(PlanId plan) {
        return "card:" + plan.value();
    }

    static String review(PaymentId payment, boolean approve) {
        return "rcpt:" + (approve ? "ok" : "no") + ":" + payment.value();
    }

    static String payFromWallet(Currency currency, PlanId plan) {
        return "wpay:" + currency.name() + ":" + plan.value();
    }
}
