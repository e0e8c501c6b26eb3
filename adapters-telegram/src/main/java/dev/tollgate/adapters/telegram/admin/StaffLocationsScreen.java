package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListLocationsUseCase.Location;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import dev.tollgate.application.port.in.StaffMoveSubscriptionUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "🌍 Move" on a customer's card: the other locations of the subscription's plan with room (the first eight), then the
 * move, checked by role and audited in the use case. Callback data: {@code oloc:s:<subscription>:<customer>} the
 * choices (the subscription and customer are kept in the conversation), {@code oloc:m:<server>} the move.
 */
public final class StaffLocationsScreen implements Screen {

    static final String STEP = "oloc.pick";
    private static final int SHOWN = 8;

    private final Ui ui;
    private final StaffMoveSubscriptionUseCase moves;

    public StaffLocationsScreen(Ui ui, StaffMoveSubscriptionUseCase moves) {
        this.ui = ui;
        this.moves = moves;
    }

    @Override
    public String id() {
        return "oloc";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        String verb = data.arg(0).orElse("");
        if (verb.equals("s")) {
            Optional<SubscriptionId> subscription = data.arg(1).flatMap(StaffLocationsScreen::subscriptionId);
            Optional<String> customer = data.arg(2).filter(c -> c.matches("[1-9][0-9]{0,17}"));
            if (subscription.isEmpty() || customer.isEmpty()) {
                return Reply.alert(ui.t(l, "button.invalid"));
            }
            return choices(session, subscription.get(), customer.get());
        }
        var open = session.conversation().filter(c -> c.step().equals(STEP));
        Optional<SubscriptionId> picked = open.flatMap(c -> c.value("sub")).flatMap(StaffLocationsScreen::subscriptionId);
        Optional<String> owner = open.flatMap(c -> c.value("customer"));
        Optional<ServerId> target = data.arg(1).filter(a -> a.matches("[a-z0-9][a-z0-9_-]{0,39}")).map(ServerId::new);
        if (!verb.equals("m") || target.isEmpty() || picked.isEmpty() || owner.isEmpty()) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        SubscriptionId subscription = picked.get();
        String customer = owner.get();
        StaffMoveSubscriptionUseCase.Result result = moves.move(new StaffMoveSubscriptionUseCase.Command(session.user(),
                subscription, target.get()));
        Keyboard back = backToCard(l, customer);
        if (result instanceof StaffMoveSubscriptionUseCase.Refused) {
            return Reply.edit(ui.t(l, "button.invalid"), back);
        }
        MoveSubscriptionUseCase.Result outcome = ((StaffMoveSubscriptionUseCase.Outcome) result).result();
        String shortId = Texts.shortId(subscription.value());
        if (outcome instanceof MoveSubscriptionUseCase.Moved moved) {
            return Reply.edit(ui.t(l, "locations.office.moved", shortId, Texts.escape(moved.access().serverName())), back);
        }
        if (outcome instanceof MoveSubscriptionUseCase.Underway) {
            return Reply.edit(ui.t(l, "locations.office.underway", shortId), back);
        }
        String key = switch (((MoveSubscriptionUseCase.Refused) outcome).reason()) {
            case UNKNOWN_SUBSCRIPTION -> "button.invalid";
            case NOT_MOVABLE -> "locations.not_movable";
            case NOT_A_LOCATION, LOCATION_FULL -> "locations.full";
            case ALREADY_MOVING -> "locations.already_moving";
        };
        return Reply.edit(ui.t(l, key), back);
    }

    private Reply choices(Session session, SubscriptionId subscription, String customer) {
        Language l = session.language();
        List<Location> targets = moves.targets(session.user(), subscription);
        if (targets.isEmpty()) {
            return Reply.edit(ui.t(l, "locations.office.none", Texts.shortId(subscription.value())), backToCard(l, customer));
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        for (Location target : targets.subList(0, Math.min(SHOWN, targets.size()))) {
            keyboard.row(Button.tap(Texts.truncate("📍 " + target.name(), 60), CallbackData.of(id(), "m", target.server().value())));
        }
        keyboard.row(ui.button(l, "office.users.back_to_card", CallbackData.of("users", "c", customer)));
        return Reply.edit(ui.t(l, "locations.office.choose", Texts.shortId(subscription.value()), targets.size()), keyboard.build())
                .then(new Reply.Converse(STEP, Map.of("sub", subscription.toString(), "customer", customer), Duration.ofMinutes(15)));
    }

    private Keyboard backToCard(Language l, String customer) {
        return Keyboard.builder().row(ui.button(l, "office.users.back_to_card", CallbackData.of("users", "c", customer))).build();
    }

    private static Optional<SubscriptionId> subscriptionId(String text) {
        try {
            return Optional.of(SubscriptionId.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
