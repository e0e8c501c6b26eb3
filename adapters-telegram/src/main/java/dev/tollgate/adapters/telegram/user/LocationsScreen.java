package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListLocationsUseCase.Location;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "🌍 Change location" for one of the user's subscriptions: the other locations of its plan with room, paged, and
 * the move itself (paid time, traffic left and the subscription URL stay). Callback data: {@code loc:s:<subscription>[:<page>]}
 * the choices, {@code loc:m:<first 8 of the subscription id>:<server>} the move (a double tap answers the same).
 */
public final class LocationsScreen implements Screen {

    static final int PAGE = 6;

    private final Ui ui;
    private final MoveSubscriptionUseCase moves;
    private final ListSubscriptionsUseCase subscriptions;

    public LocationsScreen(Ui ui, MoveSubscriptionUseCase moves, ListSubscriptionsUseCase subscriptions) {
        this.ui = ui;
        this.moves = moves;
        this.subscriptions = subscriptions;
    }

    @Override
    public String id() {
        return "loc";
    }

    /** The button on a subscription's page, when it has somewhere to go. */
    public static Optional<Button> offer(Ui ui, Language language, MoveSubscriptionUseCase moves, Session session,
                                         SubscriptionId subscription) {
        if (moves == null || moves.targets(new MoveSubscriptionUseCase.Targets(session.user(), subscription)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ui.button(language, "button.change_location", CallbackData.of("loc", "s", subscription.value())));
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        String verb = data.arg(0).orElse("");
        if (verb.equals("s")) {
            Optional<AccessDetails> subscription = data.arg(1).flatMap(AutoRenewScreen::subscriptionId).flatMap(id -> own(session, id));
            return subscription.map(s -> choices(session, s, data)).orElseGet(() -> Reply.alert(ui.t(language, "button.invalid")));
        }
        if (verb.equals("m")) {
            Optional<AccessDetails> subscription = data.arg(1).flatMap(prefix -> byPrefix(session, prefix));
            Optional<ServerId> target = data.arg(2).filter(a -> a.matches("[a-z0-9][a-z0-9_-]{0,39}")).map(ServerId::new);
            if (subscription.isEmpty() || target.isEmpty()) {
                return Reply.alert(ui.t(language, "button.invalid"));
            }
            return move(session, subscription.get(), target.get());
        }
        return Reply.alert(ui.t(language, "button.invalid"));
    }

    private Reply choices(Session session, AccessDetails subscription, CallbackData data) {
        Language language = session.language();
        List<Location> targets = moves.targets(new MoveSubscriptionUseCase.Targets(session.user(), subscription.subscription()));
        Keyboard.Builder keyboard = Keyboard.builder();
        if (targets.isEmpty()) {
            return Reply.edit(ui.t(language, "locations.none"), keyboard.row(back(language)).build());
        }
        int pages = (targets.size() + PAGE - 1) / PAGE;
        int page = Paging.page(data, 2, pages);
        String prefix = prefix(subscription.subscription());
        for (Location target : targets.subList(page * PAGE, Math.min(targets.size(), (page + 1) * PAGE))) {
            keyboard.row(Button.tap(Texts.truncate("📍 " + target.name(), 60), CallbackData.of(id(), "m", prefix, target.server().value())));
        }
        List<Button> paging = new ArrayList<>();
        String id = subscription.subscription().value().toString();
        if (page > 0) {
            paging.add(ui.button(language, "button.previous", CallbackData.of(id(), "s", id, page - 1)));
        }
        if (page + 1 < pages) {
            paging.add(ui.button(language, "button.next", CallbackData.of(id(), "s", id, page + 1)));
        }
        keyboard.row(paging).row(back(language));
        return Reply.edit(ui.t(language, "locations.choose", Texts.escape(subscription.serverName())), keyboard.build());
    }

    private Reply move(Session session, AccessDetails subscription, ServerId target) {
        Language language = session.language();
        MoveSubscriptionUseCase.Result result = moves.move(new MoveSubscriptionUseCase.Command(session.user(),
                subscription.subscription(), target));
        Keyboard keyboard = Keyboard.builder().row(back(language)).row(ui.menuButton(language)).build();
        if (result instanceof MoveSubscriptionUseCase.Moved moved) {
            return Reply.edit(ui.t(language, "locations.moved", Texts.escape(moved.access().serverName()),
                    Texts.code(moved.access().shareLink())), keyboard);
        }
        if (result instanceof MoveSubscriptionUseCase.Underway) {
            return Reply.edit(ui.t(language, "locations.underway", Texts.escape(subscription.serverName())), keyboard);
        }
        String key = switch (((MoveSubscriptionUseCase.Refused) result).reason()) {
            case UNKNOWN_SUBSCRIPTION -> "button.invalid";
            case NOT_MOVABLE -> "locations.not_movable";
            case NOT_A_LOCATION, LOCATION_FULL -> "locations.full";
            case ALREADY_MOVING -> "locations.already_moving";
        };
        return Reply.edit(ui.t(language, key), keyboard);
    }

    private Button back(Language language) {
        return ui.button(language, "button.subscriptions", CallbackData.of("subs"));
    }

    private Optional<AccessDetails> own(Session session, SubscriptionId id) {
        return mine(session).stream().filter(a -> a.subscription().equals(id)).findFirst();
    }

    /** The user's own subscription whose id starts so; none when two would (then the list is opened again). */
    private Optional<AccessDetails> byPrefix(Session session, String prefix) {
        List<AccessDetails> matching = mine(session).stream().filter(a -> prefix(a.subscription()).equals(prefix)).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private List<AccessDetails> mine(Session session) {
        return subscriptions.list(new ListSubscriptionsUseCase.Command(session.user()));
    }

    private static String prefix(SubscriptionId id) {
        return id.value().toString().substring(0, 8);
    }
}
