package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.Optional;

/** Tops the wallet up with Stars: only the amounts the wallet screen offers; an invoice for the top-up order. */
public final class TopUpScreen implements Screen {

    private final Ui ui;
    private final PlaceOrderUseCase orders;

    public TopUpScreen(Ui ui, PlaceOrderUseCase orders) {
        this.ui = ui;
        this.orders = orders;
    }

    @Override
    public String id() {
        return "top";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        Optional<Integer> stars = data.arg(0).filter(arg -> arg.matches("[0-9]{1,5}")).map(Integer::parseInt)
                .filter(WalletScreen.TOP_UP_STARS::contains);
        if (stars.isEmpty()) {
            return Reply.alert(ui.t(language, "button.invalid"));
        }
        PlaceOrderUseCase.Result placed = orders.place(PlaceOrderUseCase.Command.topUp(session.user(),
                Money.of(stars.get(), Currency.XTR)));
        if (placed instanceof PlaceOrderUseCase.Refused refused) {
            return Orders.refused(ui, language, refused.reason());
        }
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) placed;
        String title = ui.t(language, "invoice.top_up_title");
        return Reply.edit(ui.t(language, "order.invoice_sent"), ui.backToMenu(language))
                .then(new Reply.Invoice(title, ui.t(language, "invoice.top_up_description", Integer.toString(stars.get())),
                        order.order().toString(), "XTR", title, order.total().minorUnits(), ""));
    }
}
