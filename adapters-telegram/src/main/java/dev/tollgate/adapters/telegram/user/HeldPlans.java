package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.Plan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Choosing a plan the user already holds offers to renew it first (same link, time and traffic kept by the plan's
 * policy); a new, separate subscription only when asked for ({@code plan:<id>:new}).
 */
public final class HeldPlans {

    static final HeldPlans NONE = new HeldPlans(null, null);
    private static final int MAX_SHOWN = 3;

    private final ListRenewalsUseCase renewals;
    private final ListSubscriptionsUseCase subscriptions;

    public HeldPlans(ListRenewalsUseCase renewals, ListSubscriptionsUseCase subscriptions) {
        this.renewals = renewals;
        this.subscriptions = subscriptions;
    }

    Optional<Reply> offerRenewal(Ui ui, Session session, Plan plan) {
        if (renewals == null) {
            return Optional.empty();
        }
        List<ListRenewalsUseCase.Options> same = renewals.list(new ListRenewalsUseCase.Command(session.user())).stream()
                .filter(o -> o.renewable() && o.plan().filter(plan.id()::equals).isPresent()).toList();
        if (same.isEmpty()) {
            return Optional.empty();
        }
        Language language = session.language();
        Map<Object, AccessDetails> access = subscriptions.list(new ListSubscriptionsUseCase.Command(session.user()))
                .stream().collect(Collectors.toMap(AccessDetails::subscription, Function.identity(), (a, b) -> a));
        Keyboard.Builder keyboard = Keyboard.builder();
        for (ListRenewalsUseCase.Options options : same.subList(0, Math.min(MAX_SHOWN, same.size()))) {
            AccessDetails details = access.get(options.subscription());
            String label = details == null ? ui.t(language, "button.renew")
                    : ui.t(language, "button.renew_held", details.serverName(), ui.formats().expiry(language, details));
            keyboard.row(Button.tap(Texts.truncate(label, 60), CallbackData.of("chk", "r", options.subscription().toString())));
        }
        keyboard.row(ui.button(language, "button.buy_separate", CallbackData.of("plan", plan.id().value(), "new")));
        keyboard.row(ui.button(language, "button.buy", CallbackData.of("buy")), ui.menuButton(language));
        return Optional.of(Reply.edit(ui.t(language, "plan.already_held", Texts.escape(plan.name())), keyboard.build()));
    }
}
