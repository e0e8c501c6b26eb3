package dev.tollgate.adapters.telegram.notify;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.adapters.telegram.runtime.RateLimits.Priority;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.out.BroadcastSender;
import dev.tollgate.application.port.out.NotificationFailedException;
import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Broadcasts over the bot's sender: every copy is bulk traffic (paced within Telegram's overall and per-chat limits,
 * a 429 waited out, never ahead of a reply to a user's tap); a 403 is recorded on the customer by the sender and
 * answered as blocked. The author's progress is one message edited in place ("not modified" is fine); a message
 * that can no longer be edited is replaced by a new one.
 */
public final class TelegramBroadcastSender implements BroadcastSender {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBroadcastSender.class);

    private final Chat chat;
    private final Ui ui;
    private final ChangeCustomerSettingsUseCase customers;

    public TelegramBroadcastSender(Chat chat, Ui ui, ChangeCustomerSettingsUseCase customers) {
        this.chat = chat;
        this.ui = ui;
        this.customers = customers;
    }

    @Override
    public Delivery deliver(TelegramUserId recipient, BroadcastMessage message) {
        return send(Priority.BULK, recipient, message);
    }

    @Override
    public Delivery preview(TelegramUserId author, BroadcastMessage message) {
        return send(Priority.INTERACTIVE, author, message);
    }

    private Delivery send(Priority priority, TelegramUserId to, BroadcastMessage message) {
        Keyboard keyboard = message.hasButton()
                ? Keyboard.builder().row(Button.link(message.buttonLabel(), message.buttonUrl())).build() : null;
        try {
            Chat.Outcome outcome = message.photo().isPresent()
                    ? chat.photoById(priority, to.value(), message.photo().get(), message.html(), keyboard)
                    : chat.send(priority, to.value(), message.html(), keyboard);
            return switch (outcome) {
                case DONE, UNCHANGED -> Delivery.SENT;
                case BLOCKED -> Delivery.BLOCKED;
                case GONE, TOO_LARGE -> Delivery.FAILED;
            };
        } catch (NotificationFailedException e) {
            LOG.debug("a broadcast message to {} failed: {}", to, e.getMessage());
            return Delivery.FAILED;
        }
    }

    @Override
    public Optional<Integer> progress(Progress progress, Optional<Integer> messageId) {
        Language l = customers.languageOf(progress.author());
        String text = render(l, progress);
        Keyboard keyboard = keyboard(l, progress);
        long chatId = progress.author().value();
        try {
            if (messageId.isPresent() && chat.edit(chatId, messageId.get(), text, keyboard) != Chat.Outcome.GONE) {
                return messageId;
            }
            return chat.sendForId(Priority.INTERACTIVE, chatId, text, keyboard);
        } catch (NotificationFailedException e) {
            LOG.warn("the progress of broadcast {} could not be shown to {}: {}", progress.broadcast(), progress.author(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    String render(Language l, Progress p) {
        int failed = p.count(DeliveryStatus.FAILED) + p.count(DeliveryStatus.UNCONFIRMED);
        int done = p.count(DeliveryStatus.SENT) + failed + p.count(DeliveryStatus.BLOCKED);
        String state = switch (p.status()) {
            case SENDING -> ui.t(l, "bcast.state.sending");
            case DONE -> ui.t(l, "bcast.state.done");
            case CANCELLED -> ui.t(l, "bcast.state.cancelled", ui.formats().number(l, p.count(DeliveryStatus.PENDING)));
        };
        var f = ui.formats();
        return ui.t(l, "bcast.progress", Texts.shortId(p.broadcast()), state, f.number(l, done), f.number(l, p.recipients()),
                f.number(l, p.count(DeliveryStatus.SENT)), f.number(l, failed), f.number(l, p.count(DeliveryStatus.BLOCKED)));
    }

    private Keyboard keyboard(Language l, Progress p) {
        Keyboard.Builder keyboard = Keyboard.builder();
        if (p.status() == BroadcastStatus.SENDING) {
            keyboard.row(ui.button(l, "bcast.button.cancel", CallbackData.of("bcast", "x", p.broadcast().value())));
        }
        return keyboard.row(ui.button(l, "bcast.back", CallbackData.of("bcast"))).build();
    }
}
