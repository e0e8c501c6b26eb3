package dev.tollgate.adapters.telegram.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a screen answers: messages to show (edited in place of the tapped message, or sent anew), photos, invoices,
 * a toast for the button, or an answer to a pre-checkout query. The Responder turns it into Bot API calls.
 */
public record Reply(List<Part> parts, String toast, boolean alert) {

    public Reply {
        parts = List.copyOf(parts);
    }

    /** How a message reaches the chat. */
    public enum Mode { EDIT, SEND }

    public sealed interface Part {
    }

    /** A text message (HTML) with its buttons. */
    public record Message(String html, Keyboard keyboard, Mode mode) implements Part {
        public Message {
            Objects.requireNonNull(html, "html");
            keyboard = keyboard == null ? Keyboard.NONE : keyboard;
        }
    }

    /** A QR code of {@code content} as a photo with a caption. */
    public record QrPhoto(String content, String fileName, String captionHtml) implements Part {
    }

    /** A PNG drawn by the bot (a chart) as a photo with a caption. */
    public record Photo(byte[] png, String fileName, String captionHtml) implements Part {
        public Photo {
            Objects.requireNonNull(png, "png");
        }
    }

    /** A photo Telegram already holds, by file id, to another chat (a receipt to an admin). */
    public record ForwardPhoto(long chatId, String fileId, String captionHtml, Keyboard keyboard) implements Part {
    }

    /** Takes the buttons off the tapped message (a decided receipt), leaving its text or caption. */
    public record ClearButtons() implements Part {
    }

    /** Puts these buttons under the tapped message in place of its own, leaving its text or caption. */
    public record ReplaceButtons(Keyboard keyboard) implements Part {
        public ReplaceButtons {
            Objects.requireNonNull(keyboard, "keyboard");
        }
    }

    /** An invoice: Stars when {@code providerToken} is empty; amount in the currency's smallest unit. */
    public record Invoice(String title, String description, String payload, String currency, String priceLabel,
                          long amount, String providerToken) implements Part {
    }

    /** Puts the user's conversation at {@code step} (see {@link Screen#step}) with what was collected so far. */
    public record Converse(String step, java.util.Map<String, String> values, java.time.Duration ttl) implements Part {
    }

    /**
     * Deletes the user's text message this reply answers (a password or token typed into the chat), before anything
     * else is sent; a message that is gone already is not an error.
     */
    public record DeleteInput() implements Part {
    }

    /** Ends the user's conversation. */
    public record EndConversation() implements Part {
    }

    /** The answer to a pre-checkout query. */
    public record PreCheckoutAnswer(String queryId, boolean ok, String error) implements Part {
    }

    public static Reply of(Part... parts) {
        return new Reply(List.of(parts), null, false);
    }

    public static Reply edit(String html, Keyboard keyboard) {
        return of(new Message(html, keyboard, Mode.EDIT));
    }

    public static Reply send(String html, Keyboard keyboard) {
        return of(new Message(html, keyboard, Mode.SEND));
    }

    /** Nothing to show; a tap is still answered (silently). */
    public static Reply nothing() {
        return new Reply(List.of(), null, false);
    }

    /** A pop-up on the button and nothing else: forged data, a refused action. */
    public static Reply alert(String text) {
        return new Reply(List.of(), text, true);
    }

    public Reply withToast(String text) {
        return new Reply(parts, text, false);
    }

    public Reply then(Part part) {
        List<Part> more = new ArrayList<>(parts);
        more.add(part);
        return new Reply(more, toast, alert);
    }

    public Reply then(Reply other) {
        List<Part> more = new ArrayList<>(parts);
        more.addAll(other.parts);
        return new Reply(more, toast != null ? toast : other.toast, alert || other.alert);
    }
}
