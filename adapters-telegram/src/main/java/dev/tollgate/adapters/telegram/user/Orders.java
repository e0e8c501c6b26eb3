package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
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
            case UNKNOWN_SUBSCRIPTION, NOT_RENEWABLE, NOT_AN_UPGRADE, INVALID_AMOUNT -> "order.refused.invalid";
            case UNKNOWN_PROMO_CODE, PROMO_CODE_INACTIVE, PROMO_CODE_NOT_YET_VALID, PROMO_CODE_EXPIRED, PROMO_CODE_USED_UP,
                    PROMO_CODE_ALREADY_USED, PROMO_CODE_WRONG_CURRENCY -> "order.refused.promo";
        };
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
}
