package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.out.NotificationFailedException;
import java.io.ByteArrayInputStream;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerPreCheckoutQuery;
import org.telegram.telegrambots.meta.api.methods.invoices.SendInvoice;
import org.telegram.telegrambots.meta.api.objects.payments.LabeledPrice;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API calls the bots make, with {@link TelegramApiException} translated at this edge. */
final class Chat {

    private final TelegramClient client;

    Chat(TelegramClient client) {
        this.client = client;
    }

    void send(long chatId, String html, InlineKeyboardMarkup keyboard) {
        call("sendMessage", () -> client.execute(SendMessage.builder().chatId(chatId).text(html)
                .parseMode(ParseMode.HTML).linkPreviewOptions(null).replyMarkup(keyboard).build()));
    }

    void edit(long chatId, int messageId, String html, InlineKeyboardMarkup keyboard) {
        call("editMessageText", () -> client.execute(EditMessageText.builder().chatId(chatId).messageId(messageId)
                .text(html).parseMode(ParseMode.HTML).replyMarkup(keyboard).build()));
    }

    void photo(long chatId, byte[] png, String fileName, String htmlCaption) {
        call("sendPhoto", () -> client.execute(SendPhoto.builder().chatId(chatId)
                .photo(new InputFile(new ByteArrayInputStream(png), fileName))
                .caption(htmlCaption).parseMode(ParseMode.HTML).build()));
    }

    /** A Telegram Stars invoice: currency XTR, no provider token, one price line in whole stars. */
    void starsInvoice(long chatId, String title, String description, String payload, String priceLabel, long stars) {
        call("sendInvoice", () -> client.execute(SendInvoice.builder().chatId(chatId).title(title).description(description)
                .payload(payload).providerToken("").currency("XTR")
                .price(LabeledPrice.builder().label(priceLabel).amount(Math.toIntExact(stars)).build()).build()));
    }

    void answerPreCheckout(String queryId, boolean ok, String errorMessage) {
        call("answerPreCheckoutQuery", () -> client.execute(AnswerPreCheckoutQuery.builder().preCheckoutQueryId(queryId)
                .ok(ok).errorMessage(ok ? null : errorMessage).build()));
    }

    /** Sends a photo Telegram already holds (a user's receipt), by its file id. */
    void photoById(long chatId, String fileId, String htmlCaption, InlineKeyboardMarkup keyboard) {
        call("sendPhoto", () -> client.execute(SendPhoto.builder().chatId(chatId).photo(new InputFile(fileId))
                .caption(htmlCaption).parseMode(ParseMode.HTML).replyMarkup(keyboard).build()));
    }

    void answer(String callbackQueryId, String text, boolean alert) {
        call("answerCallbackQuery", () -> client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId)
                .text(text).showAlert(alert).build()));
    }

    private interface ApiCall {
        Object run() throws TelegramApiException;
    }

    private static void call(String method, ApiCall call) {
        try {
            call.run();
        } catch (TelegramApiException e) {
            throw new NotificationFailedException("Telegram " + method + " failed: " + e.getMessage(), e);
        }
    }
}
