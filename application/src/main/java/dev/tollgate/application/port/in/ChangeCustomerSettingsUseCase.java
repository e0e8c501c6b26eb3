package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;

/** What a customer chooses or Telegram reports about them: their language, and whether they blocked the bot. */
public interface ChangeCustomerSettingsUseCase {

    /** The user picked a language in the bot; it sticks over their Telegram client's. False for an unknown user. */
    boolean chooseLanguage(TelegramUserId user, Language language);

    /** Telegram answered 403 to a message for the user (or reported they left); returns true when newly recorded. */
    boolean botBlocked(TelegramUserId user);

    /** The language to write to the user in (English for someone who never talked to the bot). */
    Language languageOf(TelegramUserId user);

    /** Whether the user has blocked the bot, so unsolicited messages to them are skipped. */
    boolean hasBlockedTheBot(TelegramUserId user);
}
