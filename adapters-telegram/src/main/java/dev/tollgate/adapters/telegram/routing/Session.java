package dev.tollgate.adapters.telegram.routing;

import dev.tollgate.application.port.out.Conversations.Conversation;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is talking, in which language and chat, where they are in a conversation, and when; {@code redelivered} when
 * this update is being handled again (an earlier attempt may have done part of the work before it stopped).
 */
public record Session(TelegramUserId user, long chatId, String firstName, Language language,
                      Optional<Conversation> conversation, Instant now, boolean redelivered) {

    public Session(TelegramUserId user, long chatId, String firstName, Language language,
                   Optional<Conversation> conversation, Instant now) {
        this(user, chatId, firstName, language, conversation, now, false);
    }

    public String displayName() {
        return firstName == null || firstName.isBlank() ? user.toString() : firstName;
    }

    public Session inLanguage(Language other) {
        return new Session(user, chatId, firstName, other, conversation, now, redelivered);
    }
}
