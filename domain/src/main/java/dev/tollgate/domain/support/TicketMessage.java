package dev.tollgate.domain.support;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.Objects;

/** One message of a ticket, from the customer or from the staff member {@code author}. */
public record TicketMessage(TicketId ticket, boolean fromStaff, TelegramUserId author, String text, Instant at) {

    /** The longest message kept. */
    public static final int MAX_TEXT = 4000;

    public TicketMessage {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a ticket message has 1 to " + MAX_TEXT + " characters");
        }
    }
}
