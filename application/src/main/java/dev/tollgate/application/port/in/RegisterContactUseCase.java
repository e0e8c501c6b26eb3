package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;

/**
 * Records that a Telegram user talked to the bot, creating the customer at first contact and keeping their Telegram
 * profile (username, name) in step; a referral deep link seen at first contact fixes the user's referrer for good.
 */
public interface RegisterContactUseCase {

    Result register(Command command);

    /**
     * {@code languageTag} is Telegram's {@code language_code}, possibly null; {@code startParameter} is the
     * {@code /start} payload (e.g. {@code ref_2n9c}), possibly null.
     */
    record Command(TelegramUserId user, String languageTag, String startParameter, Customer.Profile profile) {
        public Command {
            Objects.requireNonNull(user, "user");
        }

        public Command(TelegramUserId user, String languageTag, String startParameter) {
            this(user, languageTag, startParameter, null);
        }

        public Command(TelegramUserId user, String languageTag) {
            this(user, languageTag, null, null);
        }
    }

    /** {@code banned}: an admin banned the user from the shop, so the bot answers them with that and nothing else. */
    record Result(Language language, boolean firstContact, boolean banned) {
        public Result(Language language, boolean firstContact) {
            this(language, firstContact, false);
        }
    }
}
