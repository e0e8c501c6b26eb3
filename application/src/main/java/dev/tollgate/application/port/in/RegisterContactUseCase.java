package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;

/** Records that a Telegram user talked to the bot, creating the customer at first contact. */
public interface RegisterContactUseCase {

    Result register(Command command);

    /** {@code languageTag} is Telegram's {@code language_code}, possibly null. */
    record Command(TelegramUserId user, String languageTag) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    record Result(Language language, boolean firstContact) {
    }
}
