package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.application.port.out.UserNotifier;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;

/** Sends notifications to the user's private chat, whose id is their user id. */
final class TelegramNotifier implements UserNotifier {

    private final Chat chat;
    private final Views views;
    private final QrCards qrCards;

    TelegramNotifier(Chat chat, Views views, QrCards qrCards) {
        this.chat = chat;
        this.views = views;
        this.qrCards = qrCards;
    }

    @Override
    public void accessReady(TelegramUserId user, Language language, AccessDetails access) {
        chat.send(user.value(), views.accessReady(language, access), views.backToMenu(language));
        qrCards.send(user.value(), language, access);
    }
}
