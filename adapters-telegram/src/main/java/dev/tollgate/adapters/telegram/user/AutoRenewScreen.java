package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Optional;

/** Switches auto-renewal from the wallet on or off for one of the user's paid subscriptions. */
public final class AutoRenewScreen implements Screen {

    private final Ui ui;
    private final ChangeAutoRenewUseCase autoRenew;

    public AutoRenewScreen(Ui ui, ChangeAutoRenewUseCase autoRenew) {
        this.ui = ui;
        this.autoRenew = autoRenew;
    }

    @Override
    public String id() {
        return "ar";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        Optional<Boolean> enable = data.arg(0).filter(a -> a.equals("on") || a.equals("off")).map(a -> a.equals("on"));
        Optional<SubscriptionId> subscription = data.arg(1).flatMap(AutoRenewScreen::subscriptionId);
        if (enable.isEmpty() || subscription.isEmpty()) {
            return Reply.alert(ui.t(language, "button.invalid"));
        }
        ChangeAutoRenewUseCase.Result result = autoRenew.change(
                new ChangeAutoRenewUseCase.Command(session.user(), subscription.get(), enable.get()));
        if (result instanceof ChangeAutoRenewUseCase.Changed changed) {
            Keyboard keyboard = changed.enabled()
                    ? Keyboard.builder().row(Button.tap(ui.t(language, "button.auto_renew_off"),
                            CallbackData.of(id(), "off", subscription.get().value()))).row(ui.menuButton(language)).build()
                    : ui.backToMenu(language);
            return Reply.edit(ui.t(language, changed.enabled() ? "auto_renew.on" : "auto_renew.off"), keyboard);
        }
        String key = switch (((ChangeAutoRenewUseCase.Refused) result).reason()) {
            case UNKNOWN_SUBSCRIPTION -> "button.invalid";
            case NOT_RENEWABLE -> "auto_renew.not_renewable";
        };
        return Reply.edit(ui.t(language, key), ui.backToMenu(language));
    }

    static Optional<SubscriptionId> subscriptionId(String text) {
        try {
            return Optional.of(SubscriptionId.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
