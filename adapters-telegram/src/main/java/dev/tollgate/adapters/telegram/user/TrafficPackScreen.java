package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "➕ Add traffic" on a subscription's page: the traffic packs its plan sells for the current term, each opening the
 * checkout (every way to pay, a promo code, the quota after payment), so a pack is bought like a plan and a double
 * tap on a payment button reuses the order. Callback data: {@code tpk:<subscription>} the packs,
 * {@code tpk:<subscription>:<n>} the checkout of the n-th.
 */
public final class TrafficPackScreen implements Screen {

    private final Ui ui;
    private final ListRenewalsUseCase renewals;
    private final CheckoutScreen checkout;

    public TrafficPackScreen(Ui ui, ListRenewalsUseCase renewals, CheckoutScreen checkout) {
        this.ui = ui;
        this.renewals = renewals;
        this.checkout = checkout;
    }

    @Override
    public String id() {
        return "tpk";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        Optional<SubscriptionId> subscription = data.arg(0).flatMap(AutoRenewScreen::subscriptionId);
        if (subscription.isEmpty()) {
            return Reply.alert(ui.t(language, "button.invalid"));
        }
        List<TrafficPack> packs = renewals.list(new ListRenewalsUseCase.Command(session.user())).stream()
                .filter(o -> o.subscription().equals(subscription.get())).findFirst()
                .map(ListRenewalsUseCase.Options::trafficPacks).orElse(List.of());
        Keyboard back = Keyboard.builder()
                .row(ui.button(language, "button.subscriptions", CallbackData.of("subs")), ui.menuButton(language)).build();
        if (packs.isEmpty()) {
            return Reply.edit(ui.t(language, "pack.none"), back);
        }
        Optional<Integer> chosen = data.arg(1).filter(arg -> arg.matches("[0-9]{1,2}")).map(Integer::parseInt);
        if (chosen.isPresent()) {
            if (chosen.get() >= packs.size()) {
                return Reply.alert(ui.t(language, "button.invalid"));
            }
            return checkout.render(session, Checkout.trafficPack(subscription.get(), packs.get(chosen.get()).traffic(), ""));
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        for (int i = 0; i < packs.size() && i < 8; i++) {
            TrafficPack pack = packs.get(i);
            keyboard.row(Button.tap(Texts.truncate(ui.t(language, "pack.button", ui.formats().traffic(language, pack.traffic()),
                    prices(language, pack)), 60), CallbackData.of(id(), subscription.get().toString(), i)));
        }
        keyboard.row(ui.button(language, "button.subscriptions", CallbackData.of("subs")), ui.menuButton(language));
        return Reply.edit(ui.t(language, "pack.choose"), keyboard.build());
    }

    private String prices(Language language, TrafficPack pack) {
        return pack.prices().values().stream().sorted(Comparator.comparing(m -> m.currency().ordinal()))
                .map(price -> ui.formats().money(language, price)).collect(Collectors.joining(" / "));
    }
}
