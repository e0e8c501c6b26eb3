package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.application.port.out.UserNotifier;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;

/** Sends notifications to the user's private chat, whose id is their user id. */
final class TelegramNotifier implements UserNotifier {

    private final Chat chat;
    private final Views views;
    private final UserBot bot;

    TelegramNotifier(Chat chat, Views views, UserBot bot) {
        this.chat = chat;
        this.views = views;
        this.bot = bot;
    }

    @Override
    public void accessReady(TelegramUserId user, Language language, AccessDetails access) {
        chat.send(user.value(), views.accessReady(language, access), views.backToMenu(language));
        bot.sendQr(user.value(), language, access);
    }
}
