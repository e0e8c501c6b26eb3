package dev.tollgate.adapters.telegram.routing;

import java.util.Set;

/**
 * One room of the bot: it answers taps whose data starts with its id, the commands it claims, and input (text,
 * photos, documents) while the user's conversation is at one of its steps. It returns a {@link Reply} and never
 * calls the Bot API itself.
 */
public interface Screen {

    /** Unique among screens; the first part of its callback data and of its conversation steps. */
    String id();

    /** Commands it answers, without the slash. */
    default Set<String> commands() {
        return Set.of();
    }

    default Reply onTap(Session session, CallbackData data) {
        return Reply.nothing();
    }

    default Reply onCommand(Session session, Inbound.Command command) {
        return Reply.nothing();
    }

    /**
     * {@code /cancel} while the conversation is at one of this screen's steps: its own way out (back to where the
     * conversation started, say), or empty for the shop-wide one (the conversation ends, the main menu shows).
     */
    default java.util.Optional<Reply> onCancel(Session session) {
        return java.util.Optional.empty();
    }

    /** Input while the conversation's step is {@code <id>.<something>}. */
    default Reply onInput(Session session, Inbound input) {
        return Reply.nothing();
    }

    /** Step names are {@code <screen id>.<step>}, so the router knows whose input it is. */
    static String step(Screen screen, String name) {
        return screen.id() + "." + name;
    }
}
