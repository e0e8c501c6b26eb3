package dev.tollgate.adapters.telegram.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends each inbound to its screen: taps by the screen id in their data, commands by name, input by the screen
 * whose conversation step the user is at, payments to the payments screen, the rest to the fallback (the main menu).
 * {@code /cancel} works in every conversation: the screen it belongs to may answer it
 * ({@link Screen#onCancel}), or else the fallback does.
 */
public final class Router {

    /** The command every conversation takes. */
    public static final String CANCEL = "cancel";

    private final Map<String, Screen> byId = new HashMap<>();
    private final Map<String, Screen> byCommand = new HashMap<>();
    private final Screen fallback;
    private final Screen payments;
    private final InvalidTap invalid;

    /** What to pop up under a button whose data is not ours. */
    public interface InvalidTap {
        Reply reply(Session session);
    }

    public Router(List<Screen> screens, Screen fallback, Screen payments, InvalidTap invalid) {
        for (Screen screen : screens) {
            if (byId.put(screen.id(), screen) != null) {
                throw new IllegalArgumentException("two screens with id " + screen.id());
            }
            for (String command : screen.commands()) {
                if (byCommand.put(command, screen) != null) {
                    throw new IllegalArgumentException("two screens answer /" + command);
                }
            }
        }
        this.fallback = fallback;
        this.payments = payments;
        this.invalid = invalid;
    }

    public Reply route(Session session, Inbound inbound) {
        if (inbound instanceof Inbound.Tap tap) {
            Optional<CallbackData> data = CallbackData.parse(tap.data());
            Screen screen = data.map(d -> byId.get(d.screen())).orElse(null);
            return screen == null ? invalid.reply(session) : screen.onTap(session, data.get());
        }
        if (inbound instanceof Inbound.PreCheckout || inbound instanceof Inbound.Paid) {
            return payments.onInput(session, inbound);
        }
        if (inbound instanceof Inbound.Command command) {
            Screen screen = byCommand.get(command.name());
            if (screen == null && command.name().equals(CANCEL)) {
                return owner(session).flatMap(s -> s.onCancel(session)).or(() -> fallback.onCancel(session))
                        .orElseGet(() -> fallback.onInput(session, inbound));
            }
            return screen == null ? fallback.onInput(session, inbound) : screen.onCommand(session, command);
        }
        return owner(session).orElse(fallback).onInput(session, inbound);
    }

    private Optional<Screen> owner(Session session) {
        return session.conversation().map(c -> c.step())
                .map(step -> step.contains(".") ? step.substring(0, step.indexOf('.')) : step).map(byId::get);
    }

    public Optional<Screen> screen(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Screen> screens() {
        return List.copyOf(byId.values());
    }
}
