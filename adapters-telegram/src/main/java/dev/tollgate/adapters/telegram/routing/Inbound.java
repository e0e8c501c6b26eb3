package dev.tollgate.adapters.telegram.routing;

/** What a user sent, read from a Telegram update once; screens see only this, never the Bot API's types. */
public sealed interface Inbound {

    /** A command such as {@code /start ref_abc}: name without the slash (lower case) and what follows it. */
    record Command(String name, String argument) implements Inbound {
    }

    /** A button press: the callback query to answer, the message the button sits under, the raw data. */
    record Tap(String queryId, int messageId, String data) implements Inbound {
    }

    /**
     * Text that is not a command; {@code html} is the same text as Telegram HTML when the user formatted it (bold,
     * italic, links, ... as Telegram's entities), else null; {@code messageId} is the user's message (0 when unknown).
     */
    record Text(String text, String html, int messageId) implements Inbound {
        public Text(String text) {
            this(text, null, 0);
        }

        public Text(String text, String html) {
            this(text, html, 0);
        }
    }

    /**
     * A photo; the largest size's file id and unique id, and its caption when it has one (else null): as sent, and
     * as Telegram HTML when the user formatted it (else null), like {@link Text}.
     */
    record Photo(String fileId, String fileUniqueId, String caption, String captionHtml) implements Inbound {
        public Photo(String fileId, String fileUniqueId) {
            this(fileId, fileUniqueId, null, null);
        }

        public boolean hasCaption() {
            return caption != null && !caption.isBlank();
        }
    }

    /** A file sent as a document (a PDF, an uncompressed image). */
    record Document(String fileId, String fileUniqueId, String mimeType, long size) implements Inbound {
    }

    /** Telegram asks whether to take a payment; must be answered within 10 seconds. */
    record PreCheckout(String queryId, String currency, long totalAmount, String payload) implements Inbound {
    }

    /** A payment went through: Telegram's charge id is the payment's external id. */
    record Paid(String currency, long totalAmount, String payload, String chargeId) implements Inbound {
    }

    /** The user blocked the bot ({@code kicked}) or came back ({@code member}). */
    record Membership(boolean blocked) implements Inbound {
    }

    /** Anything else a private chat can carry (stickers, voice, ...). */
    record Other(String kind) implements Inbound {
    }
}
