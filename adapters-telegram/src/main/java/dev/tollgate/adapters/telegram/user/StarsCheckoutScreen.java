package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.shared.Currency;
import java.util.Optional;

/** Pays a plan with Telegram Stars: places the order and sends its invoice (the order id is the payload). */
public final class StarsCheckoutScreen implements Screen {

    private final Ui ui;
    private final ListPlansUseCase plans;
    private final PlaceOrderUseCase orders;

    public StarsCheckoutScreen(Ui ui, ListPlansUseCase plans, PlaceOrderUseCase orders) {
        this.ui = ui;
        this.plans = plans;
        this.orders = orders;
    }

    @Override
    public String id() {
        return "stars";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        if (data.arg(0).filter(Checkout.REF::equals).isPresent()) {
            Orders.FromCheckout from = Orders.placeFromCheckout(ui, session, orders, Currency.XTR);
            if (from.refusal() != null) {
                return from.refusal();
            }
            String title = Orders.invoiceTitle(from.checkout().title().isBlank() ? "Tollgate" : from.checkout().title());
            Reply.Invoice invoice = new Reply.Invoice(title, ui.t(language, "invoice.checkout_description", Texts.escape(title)),
                    from.placed().order().toString(), "XTR", title, from.placed().total().minorUnits(), "");
            if (from.again()) {
                // A second tap sends the same order's invoice again (paying it twice would credit the wallet).
                return Reply.of(invoice).withToast(ui.t(language, "checkout.same_invoice"));
            }
            return Reply.edit(ui.t(language, "order.invoice_sent"), dev.tollgate.adapters.telegram.routing.Keyboard.builder()
                            .row(ui.button(language, "button.cancel_order", CallbackData.of("chk", "x", from.placed().order().toString())))
                            .row(ui.menuButton(language)).build()).then(invoice)
                    .then(from.checkout().at(Checkout.OPEN_STEP));
        }
        Optional<Plan> plan = Orders.planOnSale(plans, data, 0);
        if (plan.isEmpty()) {
            return Orders.unavailable(ui, language);
        }
        Orders.FromCheckout from = Orders.placeForPlan(ui, session, orders, plan.get(), Currency.XTR);
        if (from.refusal() != null) {
            return from.refusal();
        }
        String title = Orders.invoiceTitle(plan.get().name());
        String description = ui.t(language, "invoice.description",
                ui.formats().duration(language, plan.get().terms().duration()),
                ui.formats().traffic(language, plan.get().terms().traffic()));
        Reply.Invoice invoice = new Reply.Invoice(title, description, from.placed().order().toString(), "XTR", title,
                from.placed().total().minorUnits(), "");
        if (from.again()) {
            // A second tap on the plan's Stars button sends the same order's invoice again, never a second order.
            return Reply.of(invoice).withToast(ui.t(language, "checkout.same_invoice"));
        }
        return Reply.edit(ui.t(language, "order.invoice_sent"), ui.backToMenu(language)).then(invoice).then(from.keep());
    }
}
