package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.Optional;

/** What the checkout screens share: reading a plan id from callback data, and the words for a refused order. */
public final class Orders {

    private Orders() {
    }

    /** The plan named in argument {@code index}, when it is well-formed and on sale. */
    public static Optional<Plan> planOnSale(ListPlansUseCase plans, CallbackData data, int index) {
        Optional<String> id = data.arg(index).filter(arg -> arg.matches("[a-z0-9][a-z0-9_-]{0,39}"));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        PlanId planId = new PlanId(id.get());
        return plans.listOnSale().stream().filter(p -> p.id().equals(planId)).findFirst();
    }

    public static String refusalKey(PlaceOrderUseCase.Reason reason) {
        return switch (reason) {
            case UNKNOWN_PLAN, PLAN_NOT_ON_SALE -> "order.refused.plan_unavailable";
            case NOT_SOLD_IN_CURRENCY -> "order.refused.currency";
            case SERVER_NOT_IN_PLAN, NO_SERVER_AVAILABLE -> "order.refused.no_server";
            case LOCATION_FULL -> "locations.full";
            case UNKNOWN_SUBSCRIPTION, NOT_RENEWABLE, NOT_AN_UPGRADE, INVALID_AMOUNT -> "order.refused.invalid";
            case UNKNOWN_TRAFFIC_PACK -> "order.refused.pack_unknown";
            case NOT_ACTIVE -> "order.refused.pack_not_active";
            case UNKNOWN_PROMO_CODE, PROMO_CODE_INACTIVE, PROMO_CODE_NOT_YET_VALID, PROMO_CODE_EXPIRED, PROMO_CODE_USED_UP,
                    PROMO_CODE_ALREADY_USED, PROMO_CODE_WRONG_CURRENCY, PROMO_CODE_WRONG_PLAN -> "order.refused.promo";
        };
    }

    /** What placing a checkout's order came to: the order (new, or the one placed by an earlier tap) or a refusal. */
    public record FromCheckout(Checkout checkout, PlaceOrderUseCase.Placed placed, boolean again, Reply refusal) {

        /** The conversation step that keeps the checkout (and the order it placed) for the next tap. */
        public Reply.Part keep() {
            return checkout.at(Checkout.OPEN_STEP);
        }
    }

    /**
     * Places the open checkout's order in {@code currency}, or finds the one an earlier tap placed (a double tap pays
     * nothing twice); a refusal names its reason (a promo code's own reason, with a way on without the code).
     */
    static FromCheckout placeFromCheckout(Ui ui, Session session, PlaceOrderUseCase orders, Currency currency) {
        Language language = session.language();
        Optional<Checkout> open = Checkout.of(session);
        if (open.isEmpty()) {
            return new FromCheckout(null, null, false, Reply.edit(ui.t(language, "checkout.expired"), Keyboard.builder()
                    .row(ui.button(language, "button.buy", CallbackData.of("buy")), ui.menuButton(language)).build()));
        }
        return place(ui, session, orders, currency, open.get());
    }

    /**
     * A plan screen's own pay button ({@code stars:<plan>} and the like): the purchase of the plan as a checkout, the
     * one an earlier tap left open when it is for the same plan without a code, so a double tap reuses its order.
     * The caller keeps {@link FromCheckout#checkout()} in the conversation.
     */
    public static FromCheckout placeForPlan(Ui ui, Session session, PlaceOrderUseCase orders, Plan plan, Currency currency) {
        Checkout checkout = Checkout.of(session)
                .filter(c -> c.kind() == dev.tollgate.domain.order.OrderKind.NEW_PURCHASE && plan.id().equals(c.plan())
                        && c.code() == null)
                .orElseGet(() -> Checkout.purchase(plan.id(), plan.name()));
        return place(ui, session, orders, currency, checkout);
    }

    private static FromCheckout place(Ui ui, Session session, PlaceOrderUseCase orders, Currency currency,
                                      Checkout checkout) {
        Language language = session.language();
        Optional<java.util.Map.Entry<dev.tollgate.domain.order.OrderId, Money>> earlier = checkout.placedIn(currency, session.now());
        if (earlier.isPresent()) {
            Money total = earlier.get().getValue();
            return new FromCheckout(checkout, new PlaceOrderUseCase.Placed(earlier.get().getKey(), total,
                    Money.zero(currency), Money.zero(currency), total, session.now()), true, null);
        }
        PlaceOrderUseCase.Result result = orders.place(checkout.command(session.user(), currency));
        if (result instanceof PlaceOrderUseCase.Refused refused) {
            Reply refusal = isPromo(refused.reason())
                    ? Reply.edit(promoRefusal(ui, language, refused.reason(), checkout.code()), Keyboard.builder()
                            .row(ui.button(language, "button.code_none", CallbackData.of("chk", "nocode")))
                            .row(ui.menuButton(language)).build())
                    : refused(ui, language, refused.reason());
            return new FromCheckout(checkout, null, false, refusal);
        }
        PlaceOrderUseCase.Placed placed = (PlaceOrderUseCase.Placed) result;
        return new FromCheckout(checkout.withPlaced(placed.order(), placed.total(), placed.payBy()), placed, false, null);
    }

    public static Reply refused(Ui ui, Language language, PlaceOrderUseCase.Reason reason) {
        return Reply.edit(ui.t(language, refusalKey(reason)), ui.backToMenu(language));
    }

    public static Reply unavailable(Ui ui, Language language) {
        return Reply.edit(ui.t(language, "order.refused.plan_unavailable"), ui.backToMenu(language));
    }

    /** Invoice titles are limited to 32 characters by Telegram. */
    public static String invoiceTitle(String name) {
        return name.length() > 32 ? name.substring(0, 31) + "…" : name;
    }

    static boolean isPromo(PlaceOrderUseCase.Reason reason) {
        return reason.name().startsWith("PROMO_CODE") || reason == PlaceOrderUseCase.Reason.UNKNOWN_PROMO_CODE;
    }

    /** The precise reason a code was not taken, naming the code. */
    static String promoRefusal(Ui ui, Language language, PlaceOrderUseCase.Reason reason, PromoCode code) {
        String key = switch (reason) {
            case UNKNOWN_PROMO_CODE -> "promo.refused.unknown";
            case PROMO_CODE_INACTIVE -> "promo.refused.inactive";
            case PROMO_CODE_NOT_YET_VALID -> "promo.refused.not_yet_valid";
            case PROMO_CODE_EXPIRED -> "promo.refused.expired";
            case PROMO_CODE_USED_UP -> "promo.refused.used_up";
            case PROMO_CODE_ALREADY_USED -> "promo.refused.already_used";
            case PROMO_CODE_WRONG_CURRENCY -> "promo.refused.wrong_currency";
            case PROMO_CODE_WRONG_PLAN -> "promo.refused.wrong_plan";
            default -> Orders.refusalKey(reason);
        };
        return ui.t(language, key, Texts.escape(code == null ? "" : code.value()));
    }
}
