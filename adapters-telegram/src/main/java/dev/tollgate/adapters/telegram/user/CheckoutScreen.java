package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.CancelOrderUseCase;
import dev.tollgate.application.port.in.ListLocationsUseCase;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order before payment, for a new subscription, a renewal or an upgrade: what it gives, what the subscription
 * looks like afterwards (the plan's stack/reset policy applied), the price with the promo code's discount and an
 * upgrade's credit, and every way to pay that fits. "Have a promo code?" asks for the code and checks it at once.
 * Callback data: {@code chk:p:<plan>} purchase, {@code chk:pc:<plan>} purchase starting with the code,
 * {@code chk:r:<subscription>} renewal, {@code chk:u:<subscription>} upgrade choices, {@code chk:up:<plan>} one
 * upgrade, {@code chk:code}, {@code chk:nocode}, {@code chk} (show again), {@code chk:x:<order>} cancel an unpaid order,
 * {@code chk:loc:<server>|best} the location of a new subscription when the plan spans several servers.
 */
public final class CheckoutScreen implements Screen {

    static final String PICK_STEP = "chk.pick";

    private final Ui ui;
    private final ListPlansUseCase plans;
    private final QuoteOrderUseCase quotes;
    private final ListRenewalsUseCase renewals;
    private final ShowWalletUseCase wallets;
    private final CancelOrderUseCase cancels;
    private final ListLocationsUseCase locations;
    private final List<CheckoutMethod> methods;

    public CheckoutScreen(Ui ui, ListPlansUseCase plans, QuoteOrderUseCase quotes, ListRenewalsUseCase renewals,
                          ShowWalletUseCase wallets, Optional<CardTransfer> card, CancelOrderUseCase cancels) {
        this(ui, plans, quotes, renewals, wallets, card, cancels, null);
    }

    public CheckoutScreen(Ui ui, ListPlansUseCase plans, QuoteOrderUseCase quotes, ListRenewalsUseCase renewals,
                          ShowWalletUseCase wallets, Optional<CardTransfer> card, CancelOrderUseCase cancels,
                          ListLocationsUseCase locations) {
        this(ui, plans, quotes, renewals, wallets, cancels, locations, CheckoutMethod.builtIn(card));
    }

    /** {@code methods}: the ways to pay offered, in order (see {@link CheckoutMethod#builtIn}). */
    public CheckoutScreen(Ui ui, ListPlansUseCase plans, QuoteOrderUseCase quotes, ListRenewalsUseCase renewals,
                          ShowWalletUseCase wallets, CancelOrderUseCase cancels, ListLocationsUseCase locations,
                          List<CheckoutMethod> methods) {
        this.ui = ui;
        this.plans = plans;
        this.quotes = quotes;
        this.renewals = renewals;
        this.wallets = wallets;
        this.cancels = cancels;
        this.locations = locations;
        this.methods = List.copyOf(methods);
    }

    @Override
    public String id() {
        return "chk";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        String verb = data.arg(0).orElse("");
        switch (verb) {
            case "p", "pc" -> {
                Optional<Plan> plan = Orders.planOnSale(plans, data, 1);
                if (plan.isEmpty()) {
                    return Orders.unavailable(ui, language);
                }
                Checkout checkout = Checkout.purchase(plan.get().id(), plan.get().name());
                return verb.equals("pc") ? askCode(language, checkout) : render(session, checkout);
            }
            case "r" -> {
                Optional<SubscriptionId> subscription = data.arg(1).flatMap(AutoRenewScreen::subscriptionId);
                if (subscription.isEmpty()) {
                    return Reply.alert(ui.t(language, "button.invalid"));
                }
                return render(session, Checkout.renewal(subscription.get(), ""));
            }
            case "u" -> {
                Optional<SubscriptionId> subscription = data.arg(1).flatMap(AutoRenewScreen::subscriptionId);
                if (subscription.isEmpty()) {
                    return Reply.alert(ui.t(language, "button.invalid"));
                }
                return upgrades(session, subscription.get());
            }
            case "up" -> {
                // The subscription comes from the list of choices, or from an upgrade checkout opened from it.
                Optional<SubscriptionId> subscription = session.conversation().filter(c -> c.step().equals(PICK_STEP))
                        .flatMap(c -> c.value("sub")).flatMap(AutoRenewScreen::subscriptionId)
                        .or(() -> Checkout.of(session).filter(c -> c.kind() == OrderKind.UPGRADE).map(Checkout::subscription));
                Optional<Plan> plan = Orders.planOnSale(plans, data, 1);
                if (subscription.isEmpty()) {
                    return expired(language);
                }
                if (plan.isEmpty()) {
                    return Orders.unavailable(ui, language);
                }
                return render(session, Checkout.upgrade(subscription.get(), plan.get().id(), plan.get().name()));
            }
            case "code" -> {
                return Checkout.of(session).map(checkout -> askCode(language, checkout)).orElseGet(() -> expired(language));
            }
            case "nocode" -> {
                return Checkout.of(session).map(checkout -> render(session, checkout.withCode(null)))
                        .orElseGet(() -> expired(language));
            }
            case "loc" -> {
                Optional<Checkout> open = Checkout.of(session).filter(c -> c.kind() == OrderKind.NEW_PURCHASE);
                if (open.isEmpty()) {
                    return expired(language);
                }
                Optional<String> wanted = data.arg(1);
                if (wanted.filter("best"::equals).isPresent()) {
                    return render(session, open.get().on(null));
                }
                Optional<ServerId> server = wanted.flatMap(w -> locations(open.get().plan()).stream()
                        .map(ListLocationsUseCase.Location::server).filter(id -> id.value().equals(w)).findFirst());
                // A location no longer offered (full or closed since the buttons were drawn) is said so, not opened.
                return server.map(id -> render(session, open.get().on(id)))
                        .orElseGet(() -> Reply.alert(ui.t(language, "locations.full")));
            }
            case "x" -> {
                return cancel(session, data);
            }
            case "" -> {
                return Checkout.of(session).map(checkout -> render(session, checkout)).orElseGet(() -> expired(language));
            }
            default -> {
                return Reply.alert(ui.t(language, "button.invalid"));
            }
        }
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language language = session.language();
        Optional<Checkout> checkout = Checkout.of(session);
        if (checkout.isEmpty()) {
            return Reply.send(ui.t(language, "text.unknown"), ui.mainMenu(language)).then(new Reply.EndConversation());
        }
        if (input instanceof Inbound.Photo || input instanceof Inbound.Document) {
            // A receipt for a card order whose wait another checkout replaced: My orders takes it again.
            return Reply.send(ui.t(language, "checkout.receipt_here"), Keyboard.builder()
                    .row(ui.button(language, "button.orders", CallbackData.of("myord")))
                    .row(ui.button(language, "button.back_to_checkout", CallbackData.of(id()))).build());
        }
        boolean askedForCode = session.conversation().map(c -> c.step().equals(Checkout.CODE_STEP)).orElse(false);
        if (!(input instanceof Inbound.Text text) || !askedForCode) {
            return Reply.send(ui.t(language, "checkout.use_buttons"), backToCheckout(language));
        }
        PromoCode code;
        try {
            code = new PromoCode(text.text());
        } catch (IllegalArgumentException malformed) {
            return Reply.send(ui.t(language, "checkout.code_malformed"), backToCheckout(language));
        }
        return render(session, checkout.get().withCode(code));
    }

    /** Cancels the user's own unpaid order; money that still arrives for it goes to the wallet, and they are told why. */
    private Reply cancel(Session session, CallbackData data) {
        Language language = session.language();
        Optional<OrderId> order = data.arg(1).flatMap(text -> {
            try {
                return Optional.of(OrderId.parse(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        if (order.isEmpty()) {
            return Reply.alert(ui.t(language, "button.invalid"));
        }
        CancelOrderUseCase.Result result = cancels.cancel(new CancelOrderUseCase.Command(session.user(), order.get()));
        Keyboard keyboard = Keyboard.builder().row(ui.button(language, "button.buy", CallbackData.of("buy")), ui.menuButton(language)).build();
        if (result instanceof CancelOrderUseCase.Cancelled) {
            Reply reply = Reply.edit(ui.t(language, "order.cancelled", Texts.shortId(order.get())), keyboard);
            boolean waitingForIt = session.conversation().flatMap(c -> c.value("order")).filter(order.get().toString()::equals).isPresent()
                    || session.conversation().map(c -> c.values().values().stream().anyMatch(v -> v.startsWith(order.get() + "/"))).orElse(false);
            return waitingForIt ? reply.then(new Reply.EndConversation()) : reply;
        }
        String key = switch (((CancelOrderUseCase.Refused) result).reason()) {
            case UNKNOWN_ORDER -> "button.invalid";
            case NOT_CANCELLABLE -> "order.not_cancellable";
        };
        return Reply.edit(ui.t(language, key), keyboard);
    }

    private Reply askCode(Language language, Checkout checkout) {
        return Reply.edit(ui.t(language, "checkout.ask_code"), backToCheckout(language)).then(checkout.at(Checkout.CODE_STEP));
    }

    private Keyboard backToCheckout(Language language) {
        return Keyboard.builder().row(ui.button(language, "button.back_to_checkout", CallbackData.of(id())))
                .row(ui.menuButton(language)).build();
    }

    private Reply expired(Language language) {
        return Reply.edit(ui.t(language, "checkout.expired"), Keyboard.builder()
                .row(ui.button(language, "button.buy", CallbackData.of("buy")), ui.menuButton(language)).build());
    }

    private Reply upgrades(Session session, SubscriptionId subscription) {
        Language language = session.language();
        Optional<ListRenewalsUseCase.Options> options = renewals.list(new ListRenewalsUseCase.Command(session.user()))
                .stream().filter(o -> o.subscription().equals(subscription)).findFirst();
        if (options.isEmpty()) {
            return Reply.alert(ui.t(language, "button.invalid"));
        }
        List<Plan> onSale = plans.listOnSale();
        Keyboard.Builder keyboard = Keyboard.builder();
        int shown = 0;
        for (PlanId bigger : options.get().upgrades()) {
            Optional<Plan> plan = onSale.stream().filter(p -> p.id().equals(bigger)).findFirst();
            if (plan.isPresent() && shown < 8) {
                keyboard.row(Button.tap(Texts.truncate("⬆️ " + plan.get().name() + " · " + ui.formats().prices(language, plan.get()), 60),
                        CallbackData.of(id(), "up", bigger.value())));
                shown++;
            }
        }
        keyboard.row(ui.button(language, "button.subscriptions", CallbackData.of("subs")), ui.menuButton(language));
        String text = ui.t(language, shown == 0 ? "checkout.upgrade.none" : "checkout.upgrade.choose");
        return Reply.edit(text, keyboard.build())
                .then(new Reply.Converse(PICK_STEP, Map.of("sub", subscription.toString()), Checkout.TTL));
    }

    /** The checkout with its prices in every currency it can be paid in, and the buttons to pay. */
    Reply render(Session session, Checkout checkout) {
        Language language = session.language();
        List<QuoteOrderUseCase.Quoted> quoted = new ArrayList<>();
        QuoteOrderUseCase.Refused refused = null;
        for (Currency currency : Currency.values()) {
            QuoteOrderUseCase.Result result = quotes.quote(checkout.command(session.user(), currency));
            if (result instanceof QuoteOrderUseCase.Quoted q) {
                quoted.add(q);
            } else if (refused == null || ((QuoteOrderUseCase.Refused) result).reason() != PlaceOrderUseCase.Reason.NOT_SOLD_IN_CURRENCY) {
                refused = (QuoteOrderUseCase.Refused) result;
            }
        }
        if (quoted.isEmpty()) {
            PlaceOrderUseCase.Reason reason = refused == null ? PlaceOrderUseCase.Reason.UNKNOWN_PLAN : refused.reason();
            if (checkout.code() != null && Orders.isPromo(reason)) {
                return promoRefused(language, checkout, reason);
            }
            if (reason == PlaceOrderUseCase.Reason.LOCATION_FULL && checkout.server() != null) {
                // The chosen location filled up (or closed) since it was offered: back to "Best available", said so.
                return render(session, checkout.on(null)).withToast(ui.t(language, "locations.full"));
            }
            if (reason == PlaceOrderUseCase.Reason.NOT_RENEWABLE) {
                // A trial (or a revoked subscription) is not renewed: a plan is the way on.
                return Reply.edit(ui.t(language, "checkout.not_renewable"), Keyboard.builder()
                        .row(ui.button(language, "button.buy", CallbackData.of("buy"))).row(ui.menuButton(language)).build())
                        .then(new Reply.EndConversation());
            }
            return Orders.refused(ui, language, reason).then(new Reply.EndConversation());
        }
        Plan plan = quoted.get(0).plan();
        Checkout titled = checkout.titled(plan.name());
        StringBuilder text = new StringBuilder();
        String kind = switch (checkout.kind()) {
            case NEW_PURCHASE, WALLET_TOP_UP -> "checkout.title.purchase";
            case RENEWAL -> "checkout.title.renewal";
            case UPGRADE -> "checkout.title.upgrade";
            case TRAFFIC_PACK -> "checkout.title.traffic";
        };
        text.append(ui.t(language, kind, Texts.escape(plan.name())));
        PlanTerms terms = plan.terms();
        String devices = terms.deviceLimit() == 0 ? ui.t(language, "plan.devices.unlimited")
                : ui.formats().number(language, terms.deviceLimit());
        text.append("\n").append(checkout.kind() == OrderKind.TRAFFIC_PACK
                ? ui.t(language, "checkout.pack", ui.formats().traffic(language, checkout.pack()))
                : ui.t(language, "checkout.terms", ui.formats().duration(language, terms.duration()),
                        ui.formats().traffic(language, terms.traffic()), devices));
        Optional<Subscription.Outlook> outlook = quoted.get(0).outlook();
        if (outlook.isPresent()) {
            Subscription.Outlook after = outlook.get();
            text.append("\n\n").append(after.expiresAt()
                    .map(at -> ui.t(language, "checkout.outlook", ui.formats().dateTime(language, at),
                            ui.formats().traffic(language, after.quota())))
                    .orElseGet(() -> ui.t(language, "checkout.outlook.not_started",
                            ui.formats().duration(language, after.term()), ui.formats().traffic(language, after.quota()))));
            if (checkout.kind() == OrderKind.RENEWAL) {
                RenewalPolicy policy = terms.renewal();
                text.append("\n").append(ui.t(language, "checkout.policy.days." + (policy.days() == RenewalPolicy.Mode.STACK ? "stack" : "reset")))
                        .append("\n").append(ui.t(language, "checkout.policy.traffic." + (policy.traffic() == RenewalPolicy.Mode.STACK ? "stack" : "reset")));
            } else if (checkout.kind() == OrderKind.UPGRADE) {
                text.append("\n").append(ui.t(language, "checkout.upgrade_note"));
            }
        }
        text.append("\n");
        for (QuoteOrderUseCase.Quoted q : quoted) {
            StringBuilder line = new StringBuilder(ui.formats().money(language, q.listPrice()));
            if (q.discount().isPositive()) {
                line.append(ui.t(language, "checkout.discount", ui.formats().money(language, q.discount()),
                        Texts.escape(checkout.code().value())));
            }
            if (q.credit().isPositive()) {
                line.append(ui.t(language, "checkout.credit", ui.formats().money(language, q.credit())));
            }
            if (q.discount().isPositive() || q.credit().isPositive()) {
                line.append(ui.t(language, "checkout.total", ui.formats().money(language, q.total())));
            }
            text.append("\n").append(ui.t(language, "checkout.price", line.toString()));
        }
        if (checkout.code() != null) {
            text.append("\n\n").append(ui.t(language, "checkout.code_applied", Texts.escape(checkout.code().value())));
        }
        List<ListLocationsUseCase.Location> places = checkout.kind() == OrderKind.NEW_PURCHASE ? locations(checkout.plan()) : List.of();
        if (places.size() > 1) {
            String where = places.stream().filter(l -> l.server().equals(checkout.server())).findFirst()
                    .map(l -> Texts.escape(l.name())).orElseGet(() -> ui.t(language, "checkout.location.best"));
            text.append("\n\n").append(ui.t(language, "checkout.location", where));
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        int ways = 0;
        List<Money> balances = wallets.show(new ShowWalletUseCase.Command(session.user(), 0)).balances();
        for (QuoteOrderUseCase.Quoted q : quoted) {
            for (CheckoutMethod method : methods) {
                Optional<Button> button = method.button(ui, language, q.total(), balances);
                if (button.isPresent()) {
                    keyboard.row(button.get());
                    ways++;
                }
            }
        }
        text.append("\n\n").append(ui.t(language, ways == 0 ? "checkout.no_way_to_pay" : "checkout.choose"));
        if (places.size() > 1) {
            List<Button> row = new ArrayList<>();
            row.add(Button.tap((checkout.server() == null ? "✅ " : "") + ui.t(language, "checkout.location.best"),
                    CallbackData.of(id(), "loc", "best")));
            for (ListLocationsUseCase.Location place : places.subList(0, Math.min(7, places.size()))) {
                row.add(Button.tap(Texts.truncate((place.server().equals(checkout.server()) ? "✅ " : "📍 ") + place.name(), 30),
                        CallbackData.of(id(), "loc", place.server().value())));
                if (row.size() == 2) {
                    keyboard.row(row);
                    row = new ArrayList<>();
                }
            }
            keyboard.row(row);
        }
        keyboard.row(checkout.code() == null ? ui.button(language, "button.code", CallbackData.of(id(), "code"))
                : ui.button(language, "button.code_remove", CallbackData.of(id(), "nocode")));
        if (ways == 0) {
            keyboard.row(ui.button(language, "button.wallet", CallbackData.of("wallet")));
        }
        if (checkout.kind() == OrderKind.UPGRADE) {
            keyboard.row(ui.button(language, "button.upgrade_other", CallbackData.of(id(), "u", checkout.subscription().toString())));
        }
        keyboard.row(ui.menuButton(language));
        return Reply.edit(text.toString(), keyboard.build()).then(titled.at(Checkout.OPEN_STEP));
    }

    private List<ListLocationsUseCase.Location> locations(PlanId plan) {
        return locations == null || plan == null ? List.of() : locations.list(new ListLocationsUseCase.Command(plan));
    }

    private Reply promoRefused(Language language, Checkout checkout, PlaceOrderUseCase.Reason reason) {
        Keyboard keyboard = Keyboard.builder()
                .row(ui.button(language, "button.code_other", CallbackData.of(id(), "code")))
                .row(ui.button(language, "button.code_none", CallbackData.of(id(), "nocode")))
                .row(ui.menuButton(language)).build();
        // The refused code is dropped and the next text is taken as another code.
        return Reply.edit(Orders.promoRefusal(ui, language, reason, checkout.code()) + "\n\n" + ui.t(language, "checkout.ask_code"),
                keyboard).then(checkout.withCode(null).at(Checkout.CODE_STEP));
    }
}
