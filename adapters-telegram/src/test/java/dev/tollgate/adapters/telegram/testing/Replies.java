package dev.tollgate.adapters.telegram.testing;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Formats;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.out.Conversations;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Reading a {@link Reply} in screen tests: its first message's text, every button's data, the parts of a kind. */
public final class Replies {

    public static final Ui UI = new Ui(new Texts(), new Formats(new Texts(), ZoneId.of("UTC")));

    private Replies() {
    }

    public static Session session(long user, Language language, Instant now) {
        return new Session(new TelegramUserId(user), user, "Ann", language, Optional.empty(), now);
    }

    public static Session inConversation(Session session, String step, java.util.Map<String, String> values) {
        return new Session(session.user(), session.chatId(), session.firstName(), session.language(),
                Optional.of(new Conversations.Conversation(session.user(), step, values, session.now().plusSeconds(3600))),
                session.now());
    }

    public static String text(Reply reply) {
        return messages(reply).stream().findFirst().map(Reply.Message::html).orElseThrow(() ->
                new AssertionError("the reply has no message: " + reply));
    }

    public static List<Reply.Message> messages(Reply reply) {
        return parts(reply, Reply.Message.class);
    }

    public static List<String> data(Reply reply) {
        return messages(reply).stream().flatMap(m -> m.keyboard().buttons().stream()).map(Button::data)
                .filter(java.util.Objects::nonNull).toList();
    }

    public static <T extends Reply.Part> List<T> parts(Reply reply, Class<T> kind) {
        return reply.parts().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
