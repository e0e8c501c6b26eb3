package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.payments.CheckoutOffers;
import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.OpenCheckoutUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.List;
import java.util.Optional;

/** One plan: what it gives and every way to pay for it that fits (Stars, a wallet balance that covers it, card). */
public final class PlanScreen implements Screen {

    private final Ui ui;
    private final ListPlansUseCase plans;
    private final ShowWalletUseCase wallets;
    private final CardTransfer.Source card;
    private final OpenCheckoutUseCase checkouts;
    private final HeldPlans held;

    public PlanScreen(Ui ui, ListPlansUseCase plans, ShowWalletUseCase wallets, Optional<CardTransfer> card) {
        this(ui, plans, wallets, card, null, HeldPlans.NONE);
    }

    public PlanScreen(Ui ui, ListPlansUseCase plans, ShowWalletUseCase wallets, Optional<CardTransfer> card,
                      OpenCheckoutUseCase checkouts) {
        this(ui, plans, wallets, card, checkouts, HeldPlans.NONE);
    }

    /**
     * With the other configured providers (Telegram Payments, CryptoBot), each a button when it can take the plan;
     * {@code held}: a plan the user already holds offers Renew first.
     */
    public PlanScreen(Ui ui, ListPlansUseCase plans, ShowWalletUseCase wallets, Optional<CardTransfer> card,
                      OpenCheckoutUseCase checkouts, HeldPlans held) {
        this(ui, plans, wallets, CardTransfer.Source.fixed(card), checkouts, held);
    }

    /** {@code card}: the card in effect when the plan is shown. */
    public PlanScreen(Ui ui, ListPlansUseCase plans, ShowWalletUseCase wallets, CardTransfer.Source card,
                      OpenCheckoutUseCase checkouts, HeldPlans held) {
        this.checkouts = checkouts;
        this.ui = ui;
        this.plans = plans;
        this.wallets = wallets;
        this.card = card;
        this.held = held;
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        Optional<Plan> found = Orders.planOnSale(plans, data, 0);
        if (found.isEmpty()) {
            return Orders.unavailable(ui, language);
        }
        Plan plan = found.get();
        boolean separate = data.arg(1).filter("new"::equals).isPresent();
        if (!separate) {
            Optional<Reply> renewFirst = held.offerRenewal(ui, session, plan);
            if (renewFirst.isPresent()) {
                return renewFirst.get();
            }
        }
        PlanTerms terms = plan.terms();
        String devices = terms.deviceLimit() == 0 ? ui.t(language, "plan.devices.unlimited")
                : ui.formats().number(language, terms.deviceLimit());
        String text = ui.t(language, "plan.details", Texts.escape(plan.name()), ui.formats().duration(language, terms.duration()),
                ui.formats().traffic(language, terms.traffic()), devices, ui.formats().prices(language, plan));
        Keyboard.Builder keyboard = Keyboard.builder();
        int ways = 0;
        Optional<Money> stars = plan.priceIn(Currency.XTR);
        if (stars.isPresent()) {
            keyboard.row(Button.tap(ui.t(language, "pay.stars", Long.toString(stars.get().minorUnits())),
                    CallbackData.of("stars", plan.id().value())));
            ways++;
        }
        List<Money> balances = wallets.show(new ShowWalletUseCase.Command(session.user(), 0)).balances();
        for (Money balance : balances) {
            Optional<Money> price = plan.priceIn(balance.currency()).filter(p -> !balance.isLessThan(p));
            if (price.isPresent()) {
                keyboard.row(Button.tap(ui.t(language, "pay.wallet", ui.formats().money(language, price.get())),
                        CallbackData.of("wpay", price.get().currency().name(), plan.id().value())));
                ways++;
            }
        }
        Optional<Money> cardPrice = card.now().flatMap(transfer -> plan.priceIn(transfer.currency()));
        if (cardPrice.isPresent()) {
            keyboard.row(Button.tap(ui.t(language, "pay.card", ui.formats().money(language, cardPrice.get())),
                    CallbackData.of("card", plan.id().value())));
            ways++;
        }
        for (Button provider : checkouts == null ? List.<Button>of() : CheckoutOffers.forPlan(ui, language, checkouts, plan)) {
            keyboard.row(provider);
            ways++;
        }
        if (ways == 0) {
            text = text + "\n\n" + ui.t(language, "plan.no_way_to_pay");
        }
        keyboard.row(ui.button(language, "button.code", CallbackData.of("chk", "pc", plan.id().value())));
        keyboard.row(ui.button(language, "button.buy", CallbackData.of("buy")), ui.menuButton(language));
        return Reply.edit(text, keyboard.build());
    }
}
