package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.shared.Currency;
import java.util.Optional;

/** Pays a plan from the wallet balance in one currency; the use case checks the balance again. */
public final class WalletCheckoutScreen implements Screen {

    private final Ui ui;
    private final ListPlansUseCase plans;
    private final PlaceOrderUseCase orders;
    private final PayFromWalletUseCase walletPayments;

    public WalletCheckoutScreen(Ui ui, ListPlansUseCase plans, PlaceOrderUseCase orders, PayFromWalletUseCase walletPayments) {
        this.ui = ui;
        this.plans = plans;
        this.orders = orders;
        this.walletPayments = walletPayments;
    }

    @Override
    public String id() {
        return "wpay";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        Optional<Currency> currency = data.arg(0).flatMap(Currency::byCode);
        if (currency.isPresent() && data.arg(1).filter(Checkout.REF::equals).isPresent()) {
            Orders.FromCheckout from = Orders.placeFromCheckout(ui, session, orders, currency.get());
            if (from.refusal() != null) {
                return from.refusal();
            }
            return pay(session, from.placed()).then(from.checkout().at(Checkout.OPEN_STEP));
        }
        Optional<Plan> plan = Orders.planOnSale(plans, data, 1);
        if (currency.isEmpty() || plan.isEmpty()) {
            return Orders.unavailable(ui, language);
        }
        Orders.FromCheckout from = Orders.placeForPlan(ui, session, orders, plan.get(), currency.get());
        if (from.refusal() != null) {
            return from.refusal();
        }
        return pay(session, from.placed()).then(from.keep());
    }

    private Reply pay(Session session, PlaceOrderUseCase.Placed order) {
        Language language = session.language();
        PayFromWalletUseCase.Result paid = walletPayments.pay(new PayFromWalletUseCase.Command(session.user(), order.order()));
        if (paid instanceof PayFromWalletUseCase.Paid) {
            return Reply.edit(ui.t(language, "wallet.paid", ui.formats().money(language, order.total())), ui.backToMenu(language));
        }
        String key = switch (((PayFromWalletUseCase.Refused) paid).reason()) {
            case INSUFFICIENT_BALANCE -> "wallet.refused.insufficient_balance";
            case ALREADY_PAID -> "wallet.already_paid";
            case UNKNOWN_ORDER, NOT_PAYABLE -> "wallet.refused.other";
        };
        return Reply.edit(ui.t(language, key), ui.backToMenu(language));
    }
}
