package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.runtime.RateLimits.Priority;
import dev.tollgate.adapters.telegram.view.QrCodes;
import dev.tollgate.application.port.out.Conversations;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a screen's {@link Reply} into Bot API calls: the one place that answers a tap (exactly once, with the
 * reply's toast), edits the tapped message or sends a new one when it cannot be edited, splits text over 4,096
 * characters into several messages, and stores conversation changes before anything is sent.
 */
public final class Responder {

    static final int MAX_TEXT = 4096;

    private final Chat chat;
    private final Conversations conversations;
    private final QrCodes qrCodes;

    public Responder(Chat chat, Conversations conversations, QrCodes qrCodes) {
        this.chat = chat;
        this.conversations = conversations;
        this.qrCodes = qrCodes;
    }

    public void deliver(Session session, Inbound inbound, Reply reply) {
        for (Reply.Part part : reply.parts()) {
            if (part instanceof Reply.Converse converse) {
                conversations.save(new Conversations.Conversation(session.user(), converse.step(), converse.values(),
                        session.now().plus(converse.ttl())));
            } else if (part instanceof Reply.EndConversation && session.conversation().isPresent()) {
                conversations.clear(session.user());
            }
        }
        if (inbound instanceof Inbound.Text text && text.messageId() > 0
                && reply.parts().stream().anyMatch(Reply.DeleteInput.class::isInstance)) {
            chat.delete(session.chatId(), text.messageId());
        }
        Inbound.Tap tap = inbound instanceof Inbound.Tap t ? t : null;
        if (tap != null) {
            chat.answerCallback(tap.queryId(), reply.toast(), reply.alert());
        }
        for (Reply.Part part : reply.parts()) {
            if (part instanceof Reply.Message message) {
                message(session, tap, message);
            } else if (part instanceof Reply.QrPhoto qr) {
                chat.photo(Priority.INTERACTIVE, session.chatId(), qrCodes.png(qr.content()), qr.fileName(), qr.captionHtml());
            } else if (part instanceof Reply.Photo photo) {
                chat.photo(Priority.INTERACTIVE, session.chatId(), photo.png(), photo.fileName(), photo.captionHtml());
            } else if (part instanceof Reply.ForwardPhoto photo) {
                chat.photoById(Priority.INTERACTIVE, photo.chatId(), photo.fileId(), photo.captionHtml(), photo.keyboard());
            } else if (part instanceof Reply.ReplaceButtons replace && tap != null) {
                chat.replaceButtons(session.chatId(), tap.messageId(), replace.keyboard());
            } else if (part instanceof Reply.ClearButtons && tap != null) {
                chat.clearButtons(session.chatId(), tap.messageId());
            } else if (part instanceof Reply.Invoice invoice) {
                chat.invoice(session.chatId(), invoice.title(), invoice.description(), invoice.payload(), invoice.currency(),
                        invoice.priceLabel(), invoice.amount(), invoice.providerToken());
            } else if (part instanceof Reply.PreCheckoutAnswer answer) {
                chat.answerPreCheckout(answer.queryId(), answer.ok(), answer.error());
            }
        }
    }

    private void message(Session session, Inbound.Tap tap, Reply.Message message) {
        List<String> pages = split(message.html());
        for (int i = 0; i < pages.size(); i++) {
            boolean last = i == pages.size() - 1;
            var keyboard = last ? message.keyboard() : null;
            if (i == 0 && tap != null && message.mode() == Reply.Mode.EDIT) {
                if (chat.edit(session.chatId(), tap.messageId(), pages.get(i), keyboard) != Chat.Outcome.GONE) {
                    continue;
                }
            }
            if (chat.send(Priority.INTERACTIVE, session.chatId(), pages.get(i), keyboard) == Chat.Outcome.BLOCKED) {
                return;
            }
        }
    }

    /** Splits at paragraph (else line, else hard) boundaries so each piece fits one message. */
    static List<String> split(String html) {
        List<String> pages = new ArrayList<>();
        String rest = html;
        while (rest.length() > MAX_TEXT) {
            int cut = rest.lastIndexOf("\n\n", MAX_TEXT);
            if (cut <= 0) {
                cut = rest.lastIndexOf('\n', MAX_TEXT);
            }
            if (cut <= 0) {
                cut = MAX_TEXT;
            }
            pages.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || pages.isEmpty()) {
            pages.add(rest);
        }
        return pages;
    }
}
