package dev.tollgate.adapters.telegram.payments;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.user.Orders;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.OpenCheckoutUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.shared.Money;
import java.util.Optional;

/**
 * Pays a plan or a wallet top-up through a configured provider other than Stars: a Telegram Payments invoice in the
 * chat, or a CryptoBot invoice whose pay link is the button. Data: {@code pco:<provider>:<plan>} for a plan,
 * {@code pco:<provider>:top:<currency>:<minor units>} for a top-up of one of {@link CheckoutOffers#topUps}.
 */
public final class ProviderCheckoutScreen implements Screen {

    private final Ui ui;
    private final ListPlansUseCase plans;
    private final PlaceOrderUseCase orders;
    private final OpenCheckoutUseCase checkouts;

    public ProviderCheckoutScreen(Ui ui, ListPlansUseCase plans, PlaceOrderUseCase orders, OpenCheckoutUseCase checkouts) {
        this.ui = ui;
        this.plans = plans;
        this.orders = orders;
        this.checkouts = checkouts;
    }

    @Override
    public String id() {
        return CheckoutOffers.SCREEN;
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        Optional<PaymentProvider> provider = data.arg(0).flatMap(CheckoutOffers::provider)
                .filter(p -> checkouts.providers().contains(p));
        if (provider.isEmpty()) {
            return Reply.alert(ui.t(language, "button.invalid"));
        }
        if ("top".equals(data.arg(1).orElse(""))) {
            return topUp(session, provider.get(), data);
        }
        Optional<Plan> plan = Orders.planOnSale(plans, data, 1);
        if (plan.isEmpty()) {
            return Orders.unavailable(ui, language);
        }
        Optional<Money> price = CheckoutOffers.priceFor(checkouts, provider.get(), plan.get());
        if (price.isEmpty()) {
            return Reply.edit(ui.t(language, "order.refused.currency"), ui.backToMenu(language));
        }
        // A double tap reuses the order the first tap placed (kept in the conversation), so it is never paid twice.
        Orders.FromCheckout from = Orders.placeForPlan(ui, session, orders, plan.get(), price.get().currency());
        if (from.refusal() != null) {
            return from.refusal();
        }
        String description = ui.t(language, "invoice.description",
                ui.formats().duration(language, plan.get().terms().duration()),
                ui.formats().traffic(language, plan.get().terms().traffic()));
        return open(session, provider.get(), from.placed(), Orders.invoiceTitle(plan.get().name()), description)
                .then(from.keep());
    }

    private Reply topUp(Session session, PaymentProvider provider, CallbackData data) {
        Language language = session.language();
        Optional<Money> amount = data.arg(2).flatMap(CheckoutOffers::currency).flatMap(currency -> data.arg(3)
                        .filter(arg -> arg.matches("[0-9]{1,12}")).map(arg -> Money.of(Long.parseLong(arg), currency)))
                .filter(money -> CheckoutOffers.topUps(checkouts, provider).contains(money));
        if (amount.isEmpty()) {
            return Reply.alert(ui.t(language, "button.invalid"));
        }
        PlaceOrderUseCase.Result placed = orders.place(PlaceOrderUseCase.Command.topUp(session.user(), amount.get()));
        if (placed instanceof PlaceOrderUseCase.Refused refused) {
            return Orders.refused(ui, language, refused.reason());
        }
        String title = ui.t(language, "invoice.top_up_title");
        return open(session, provider, (PlaceOrderUseCase.Placed) placed, title,
                ui.t(language, "payments.top_up.description", ui.formats().money(language, amount.get())));
    }

    private Reply open(Session session, PaymentProvider provider, PlaceOrderUseCase.Placed order, String title,
                       String description) {
        Language language = session.language();
        OpenCheckoutUseCase.Result opened = checkouts.open(new OpenCheckoutUseCase.Command(session.user(), order.order(),
                provider, title, description));
        if (opened instanceof OpenCheckoutUseCase.Refused refused) {
            String key = switch (refused.reason()) {
                case PROVIDER_UNAVAILABLE -> "payments.refused.unavailable";
                case UNKNOWN_ORDER, ORDER_CLOSED -> "order.refused.invalid";
                case PROVIDER_NOT_CONFIGURED, CURRENCY_NOT_ACCEPTED -> "order.refused.currency";
            };
            return Reply.edit(ui.t(language, key), ui.backToMenu(language));
        }
        PaymentGateway.Checkout checkout = ((OpenCheckoutUseCase.Opened) opened).checkout();
        if (checkout instanceof PaymentGateway.PayLink link) {
            Keyboard keyboard = Keyboard.builder()
                    .row(Button.link(ui.t(language, "payments.cryptobot.open", ui.formats().money(language, order.total())),
                            link.url()))
                    .row(ui.menuButton(language)).build();
            return Reply.edit(ui.t(language, "payments.cryptobot.invoice", ui.formats().money(language, order.total())),
                    keyboard);
        }
        return Reply.edit(ui.t(language, "order.invoice_sent"), ui.backToMenu(language));
    }
}
