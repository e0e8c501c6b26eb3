package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.runtime.RateLimits.Priority;
import dev.tollgate.application.port.out.NotificationFailedException;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerPreCheckoutQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.invoices.SendInvoice;
import org.telegram.telegrambots.meta.api.methods.payments.RefundStarPayment;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.payments.LabeledPrice;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every Bot API call the bot makes, within Telegram's limits and with its answers understood: 429 waits out
 * retry_after and tries again; 403 (blocked, deactivated) is recorded once on the customer and ends quietly;
 * "message is not modified" is success; an edit of a message that is gone says so, so the caller can send anew.
 */
public final class Chat {

    private static final Logger LOG = LoggerFactory.getLogger(Chat.class);
    private static final int ATTEMPTS = 4;

    /** What became of a send or an edit. */
    public enum Outcome { DONE, UNCHANGED, GONE, BLOCKED, TOO_LARGE }

    private final TelegramClient client;
    private final RateLimits limits;
    private final LongConsumer blocked;
    private final BotMetrics metrics;

    public Chat(TelegramClient client, RateLimits limits, LongConsumer blocked) {
        this(client, limits, blocked, BotMetrics.discarding());
    }

    public Chat(TelegramClient client, RateLimits limits, LongConsumer blocked, BotMetrics metrics) {
        this.metrics = metrics;
        this.client = client;
        this.limits = limits;
        this.blocked = blocked;
    }

    public Outcome send(Priority priority, long chatId, String html, Keyboard keyboard) {
        return call(priority, chatId, true, "sendMessage", () -> client.execute(SendMessage.builder().chatId(chatId)
                .text(html).parseMode(ParseMode.HTML).replyMarkup(markup(keyboard)).build()));
    }

    /**
     * A message whose id the caller keeps (to edit it later, e.g. a broadcast's progress): empty when it was not sent
     * (the chat blocked the bot). Other refusals are thrown, as for {@link #send}.
     */
    public java.util.Optional<Integer> sendForId(Priority priority, long chatId, String html, Keyboard keyboard) {
        int[] id = {0};
        Outcome outcome = call(priority, chatId, true, "sendMessage", () -> {
            org.telegram.telegrambots.meta.api.objects.message.Message sent = client.execute(SendMessage.builder()
                    .chatId(chatId).text(html).parseMode(ParseMode.HTML).replyMarkup(markup(keyboard)).build());
            id[0] = sent == null || sent.getMessageId() == null ? 0 : sent.getMessageId();
            return sent;
        });
        return outcome == Outcome.DONE && id[0] > 0 ? java.util.Optional.of(id[0]) : java.util.Optional.empty();
    }

    public Outcome edit(long chatId, int messageId, String html, Keyboard keyboard) {
        return call(Priority.INTERACTIVE, chatId, false, "editMessageText", () -> client.execute(EditMessageText.builder()
                .chatId(chatId).messageId(messageId).text(html).parseMode(ParseMode.HTML).replyMarkup(markup(keyboard)).build()));
    }

    /** Deletes a message of the chat (the user's, holding a secret they typed); one already gone is {@link Outcome#GONE}. */
    public Outcome delete(long chatId, int messageId) {
        return call(Priority.INTERACTIVE, chatId, false, "deleteMessage", () -> client.execute(
                org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage.builder().chatId(chatId)
                        .messageId(messageId).build()));
    }

    public Outcome clearButtons(long chatId, int messageId) {
        return call(Priority.INTERACTIVE, chatId, false, "editMessageReplyMarkup", () -> client.execute(
                EditMessageReplyMarkup.builder().chatId(chatId).messageId(messageId)
                        .replyMarkup(new InlineKeyboardMarkup(List.of())).build()));
    }

    /** Puts other buttons under a message, keeping its text or caption (a receipt asking why it is rejected). */
    public Outcome replaceButtons(long chatId, int messageId, Keyboard keyboard) {
        return call(Priority.INTERACTIVE, chatId, false, "editMessageReplyMarkup", () -> client.execute(
                EditMessageReplyMarkup.builder().chatId(chatId).messageId(messageId)
                        .replyMarkup(keyboard.isEmpty() ? new InlineKeyboardMarkup(List.of()) : markup(keyboard)).build()));
    }

    public Outcome photo(Priority priority, long chatId, byte[] png, String fileName, String caption) {
        return call(priority, chatId, true, "sendPhoto", () -> client.execute(SendPhoto.builder().chatId(chatId)
                .photo(new InputFile(new ByteArrayInputStream(png), fileName)).caption(caption).parseMode(ParseMode.HTML).build()));
    }

    /**
     * A file upload (multipart), paced like any message to that chat. Telegram refuses uploads over its limit (50 MB
     * on the public Bot API) with 413 "Request Entity Too Large": that is {@link Outcome#TOO_LARGE}, never retried.
     */
    public Outcome document(Priority priority, long chatId, java.nio.file.Path file, String fileName, String caption) {
        return call(priority, chatId, true, "sendDocument", () -> client.execute(SendDocument.builder().chatId(chatId)
                .document(new InputFile(file.toFile(), fileName)).caption(caption).parseMode(ParseMode.HTML).build()));
    }

    /** A photo Telegram already holds (a user's receipt), by its file id. */
    public Outcome photoById(Priority priority, long chatId, String fileId, String caption, Keyboard keyboard) {
        return call(priority, chatId, true, "sendPhoto", () -> client.execute(SendPhoto.builder().chatId(chatId)
                .photo(new InputFile(fileId)).caption(caption).parseMode(ParseMode.HTML).replyMarkup(markup(keyboard)).build()));
    }

    /**
     * A receipt Telegram already holds: a photo by its file id, or (marked {@code doc:}) a file the user sent as a
     * document, which sendPhoto would refuse ("wrong file identifier"), so it goes back with sendDocument.
     */
    public Outcome receiptById(Priority priority, long chatId, String receipt, String caption, Keyboard keyboard) {
        if (!receipt.startsWith("doc:")) {
            return photoById(priority, chatId, receipt, caption, keyboard);
        }
        String fileId = receipt.substring("doc:".length());
        return call(priority, chatId, true, "sendDocument", () -> client.execute(SendDocument.builder().chatId(chatId)
                .document(new InputFile(fileId)).caption(caption).parseMode(ParseMode.HTML).replyMarkup(markup(keyboard)).build()));
    }

    /** An invoice; Telegram Stars when the provider token is empty (currency XTR, whole stars). */
    public Outcome invoice(long chatId, String title, String description, String payload, String currency,
                           String priceLabel, long amount, String providerToken) {
        boolean provider = providerToken != null && !providerToken.isEmpty();
        SendInvoice.SendInvoiceBuilder<?, ?> invoice = SendInvoice.builder()
                .chatId(chatId).title(title).description(description).payload(payload)
                .providerToken(provider ? providerToken : "").currency(currency)
                .price(LabeledPrice.builder().label(priceLabel).amount(Math.toIntExact(amount)).build());
        if (provider) {
            // A provider's invoice asks for nothing but the payment: the shop needs no name, phone, e-mail or address.
            invoice.needName(false).needPhoneNumber(false).needEmail(false).needShippingAddress(false)
                    .sendPhoneNumberToProvider(false).sendEmailToProvider(false).isFlexible(false);
        }
        return call(Priority.INTERACTIVE, chatId, true, "sendInvoice", () -> client.execute(invoice.build()));
    }

    /**
     * Gives a Stars payment back to the user ({@code refundStarPayment}); empty when Telegram did, else Telegram's
     * error ("400 Bad Request: CHARGE_ALREADY_REFUNDED" for one refunded before). A network failure is thrown.
     */
    public java.util.Optional<String> refundStarPayment(long userId, String chargeId) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.execute(RefundStarPayment.builder().userId(userId).telegramPaymentChargeId(chargeId).build());
                metrics.apiCall("refundStarPayment", "ok");
                return java.util.Optional.empty();
            } catch (TelegramApiRequestException e) {
                int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                metrics.apiCall("refundStarPayment", BotMetrics.result(code, String.valueOf(e.getApiResponse())));
                if (code == 429 && attempt < ATTEMPTS) {
                    pauseFor(Duration.ofSeconds(e.getParameters() != null && e.getParameters().getRetryAfter() != null
                            ? e.getParameters().getRetryAfter() : 1));
                    continue;
                }
                return java.util.Optional.of(code + " " + e.getApiResponse());
            } catch (TelegramApiException e) {
                metrics.apiCall("refundStarPayment", "network_error");
                throw new NotificationFailedException("Telegram refundStarPayment failed: " + e.getMessage(), null);
            }
        }
    }

    public void answerCallback(String queryId, String text, boolean alert) {
        call(Priority.INTERACTIVE, 0, false, "answerCallbackQuery", () -> client.execute(AnswerCallbackQuery.builder()
                .callbackQueryId(queryId).text(text).showAlert(alert).build()));
    }

    public void answerPreCheckout(String queryId, boolean ok, String error) {
        call(Priority.INTERACTIVE, 0, false, "answerPreCheckoutQuery", () -> client.execute(AnswerPreCheckoutQuery.builder()
                .preCheckoutQueryId(queryId).ok(ok).errorMessage(ok ? null : error).build()));
    }

    private interface ApiCall {
        Object run() throws TelegramApiException;
    }

    private Outcome call(Priority priority, long chatId, boolean message, String method, ApiCall call) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (message) {
                    limits.acquire(priority, chatId);
                }
                call.run();
                metrics.apiCall(method, "ok");
                return Outcome.DONE;
            } catch (TelegramApiRequestException e) {
                String description = String.valueOf(e.getApiResponse()).toLowerCase(Locale.ROOT);
                int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                metrics.apiCall(method, BotMetrics.result(code, description));
                if (code == 429 && attempt < ATTEMPTS) {
                    int seconds = e.getParameters() != null && e.getParameters().getRetryAfter() != null
                            ? e.getParameters().getRetryAfter() : 1;
                    LOG.info("Telegram asked to wait {} s before the next {} to chat {}", seconds, method, chatId);
                    limits.pause(chatId, Duration.ofSeconds(seconds), priority);
                    waitOut(Duration.ofSeconds(seconds));
                    continue;
                }
                if (code == 403) {
                    blocked.accept(chatId);
                    return Outcome.BLOCKED;
                }
                if (code == 413) {
                    return Outcome.TOO_LARGE;
                }
                if (code == 400 && description.contains("message is not modified")) {
                    return Outcome.UNCHANGED;
                }
                if (code == 400 && (description.contains("message to edit not found")
                        || description.contains("message to delete not found")
                        || description.contains("message can't be deleted")
                        || description.contains("message can't be edited"))) {
                    return Outcome.GONE;
                }
                throw new NotificationFailedException("Telegram " + method + " failed: " + code + " " + e.getApiResponse(), null);
            } catch (TelegramApiException e) {
                metrics.apiCall(method, "network_error");
                if (attempt >= 3) {
                    throw new NotificationFailedException("Telegram " + method + " failed: " + e.getMessage(), null);
                }
                pauseFor(Duration.ofMillis(200L * attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotificationFailedException("interrupted before " + method, e);
            }
        }
    }

    /** A 429's retry_after, waited on the limiter's clock. */
    private void waitOut(Duration duration) {
        try {
            limits.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotificationFailedException("interrupted while waiting for Telegram", e);
        }
    }

    private static void pauseFor(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotificationFailedException("interrupted while waiting for Telegram", e);
        }
    }

    static InlineKeyboardMarkup markup(Keyboard keyboard) {
        if (keyboard == null || keyboard.isEmpty()) {
            return null;
        }
        return new InlineKeyboardMarkup(keyboard.rows().stream().map(row -> new InlineKeyboardRow(row.stream()
                .map(Chat::button).toList())).toList());
    }

    private static InlineKeyboardButton button(Button button) {
        InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> builder = InlineKeyboardButton.builder().text(button.text());
        return button.url() != null ? builder.url(button.url()).build() : builder.callbackData(button.data()).build();
    }
}
