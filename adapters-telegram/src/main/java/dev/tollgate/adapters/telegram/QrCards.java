package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.domain.customer.Language;

/** Sends a share link as a QR-code photo with a caption; used by the bot and by the notifiers alike. */
final class QrCards {

    private final Chat chat;
    private final Views views;
    private final QrCodes codes;

    QrCards(Chat chat, Views views, QrCodes codes) {
        this.chat = chat;
        this.views = views;
        this.codes = codes;
    }

    void send(long chatId, Language language, AccessDetails access) {
        chat.photo(chatId, codes.png(access.shareLink()), "tollgate-" + access.subscription() + ".png",
                views.qrCaption(language, access));
    }
}
