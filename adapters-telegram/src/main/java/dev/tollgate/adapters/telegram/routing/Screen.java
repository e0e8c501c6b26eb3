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

    /** Input while the conversation's step is {@code <id>.<something>}. */
    default Reply onInput(Session session, Inbound input) {
        return Reply.nothing();
    }

    /** Step names are {@code <screen id>.<step>}, so the router knows whose input it is. */
    static String step(Screen screen, String name) {
        return screen.id() + "." + name;
    }
}
