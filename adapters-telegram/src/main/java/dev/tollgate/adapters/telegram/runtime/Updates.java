package dev.tollgate.adapters.telegram.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.application.port.out.UpdateInbox.StoredUpdate;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.payments.SuccessfulPayment;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/** The only reader of telegrambots' {@link Update}: to and from the stored JSON, and into an {@link Inbound}. */
public final class Updates {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What arrived from whom: the user, their private chat, what their client says about them, and the inbound. */
    public record Incoming(long userId, long chatId, String firstName, String languageCode, Inbound inbound,
                           String startParameter, String username, String lastName) {

        public Incoming(long userId, long chatId, String firstName, String languageCode, Inbound inbound,
                        String startParameter) {
            this(userId, chatId, firstName, languageCode, inbound, startParameter, null, null);
        }
    }

    private Updates() {
    }

    public static Update parse(String json) {
        try {
            return JSON.readValue(json, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Telegram update: " + e.getOriginalMessage(), e);
        }
    }

    public static String json(Update update) {
        try {
            return JSON.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an update could not be written as JSON", e);
        }
    }

    /** Stored under its user, so one user's updates are handled in order; others get a key of their own. */
    public static StoredUpdate stored(Update update, String json, Instant now) {
        User from = from(update);
        long key = from != null ? from.getId() : -update.getUpdateId();
        return StoredUpdate.received(update.getUpdateId(), key, kind(update), json, now);
    }

    static String kind(Update update) {
        if (update.hasCallbackQuery()) {
            return "callback_query";
        }
        if (update.hasPreCheckoutQuery()) {
            return "pre_checkout_query";
        }
        if (update.hasMessage()) {
            return update.getMessage().hasSuccessfulPayment() ? "successful_payment" : "message";
        }
        return update.getMyChatMember() != null ? "my_chat_member" : "other";
    }

    private static User from(Update update) {
        if (update.hasCallbackQuery()) {
            return update.getCallbackQuery().getFrom();
        }
        if (update.hasPreCheckoutQuery()) {
            return update.getPreCheckoutQuery().getFrom();
        }
        if (update.hasMessage()) {
            return update.getMessage().getFrom();
        }
        return update.getMyChatMember() != null ? update.getMyChatMember().getFrom() : null;
    }

    /** Empty for what the shop does not answer: bots, groups and channels, kinds of update it did not ask for. */
    public static Optional<Incoming> read(Update update) {
        User from = from(update);
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return Optional.empty();
        }
        if (update.hasPreCheckoutQuery()) {
            var q = update.getPreCheckoutQuery();
            return incoming(from, from.getId(), new Inbound.PreCheckout(q.getId(), q.getCurrency(),
                    q.getTotalAmount() == null ? 0 : q.getTotalAmount(), q.getInvoicePayload()), null);
        }
        if (update.hasCallbackQuery()) {
            var q = update.getCallbackQuery();
            if (!(q.getMessage() instanceof Message message) || message.getChat() == null || !message.getChat().isUserChat()) {
                return incoming(from, from.getId(), new Inbound.Tap(q.getId(), 0, "\u0000"), null);
            }
            return incoming(from, message.getChatId(), new Inbound.Tap(q.getId(), message.getMessageId(),
                    q.getData() == null ? "" : q.getData()), null);
        }
        if (update.getMyChatMember() != null) {
            String status = update.getMyChatMember().getNewChatMember().getStatus();
            return incoming(from, from.getId(), new Inbound.Membership("kicked".equals(status)), null);
        }
        if (!update.hasMessage() || update.getMessage().getChat() == null || !update.getMessage().getChat().isUserChat()) {
            return Optional.empty();
        }
        return message(from, update.getMessage());
    }

    private static Optional<Incoming> message(User from, Message message) {
        long chat = message.getChatId();
        if (message.hasSuccessfulPayment()) {
            SuccessfulPayment p = message.getSuccessfulPayment();
            return incoming(from, chat, new Inbound.Paid(p.getCurrency(), p.getTotalAmount(), p.getInvoicePayload(),
                    p.getTelegramPaymentChargeId()), null);
        }
        if (message.hasPhoto()) {
            PhotoSize largest = message.getPhoto().stream()
                    .max(Comparator.comparing(size -> size.getFileSize() == null ? 0 : size.getFileSize())).orElseThrow();
            return incoming(from, chat, new Inbound.Photo(largest.getFileId(), largest.getFileUniqueId(),
                    message.getCaption(), captionFormatting(message)), null);
        }
        if (message.hasDocument()) {
            var d = message.getDocument();
            return incoming(from, chat, new Inbound.Document(d.getFileId(), d.getFileUniqueId(), d.getMimeType(),
                    d.getFileSize() == null ? 0 : d.getFileSize()), null);
        }
        if (!message.hasText()) {
            return incoming(from, chat, new Inbound.Other("message"), null);
        }
        String text = message.getText().strip();
        if (text.startsWith("/") && text.length() > 1) {
            String head = text.split("\\s+", 2)[0].substring(1);
            String name = (head.contains("@") ? head.substring(0, head.indexOf('@')) : head).toLowerCase(Locale.ROOT);
            String argument = text.contains(" ") ? text.substring(text.indexOf(' ') + 1).strip() : "";
            if (name.matches("[a-z0-9_]{1,32}")) {
                String start = name.equals("start") && argument.matches("[A-Za-z0-9_-]{1,64}") ? argument : null;
                return incoming(from, chat, new Inbound.Command(name, argument), start);
            }
        }
        return incoming(from, chat, new Inbound.Text(text, formatting(message), message.getMessageId()), null);
    }

    /** The message's formatting as HTML; telegrambots refuses entities outside the text, so such ones are dropped. */
    private static String formatting(Message message) {
        try {
            return FormattedText.html(message.getText(), message.getEntities());
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    /** The same for a photo's caption and its caption entities. */
    private static String captionFormatting(Message message) {
        try {
            return FormattedText.html(message.getCaption(), message.getCaptionEntities());
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static Optional<Incoming> incoming(User from, long chat, Inbound inbound, String start) {
        return Optional.of(new Incoming(from.getId(), chat, from.getFirstName(), from.getLanguageCode(), inbound, start,
                from.getUserName(), from.getLastName()));
    }
}
