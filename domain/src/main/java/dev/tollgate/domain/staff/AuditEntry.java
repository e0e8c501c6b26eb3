package dev.tollgate.domain.staff;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One admin action that changed something: who did it, what, to which subject, the state before and after (short
 * texts, empty when there was nothing before or is nothing after), and when.
 */
public record AuditEntry(Instant at, TelegramUserId actor, AuditAction action, String subject, String before,
                         String after) {

    /** Longest subject, before and after text stored; longer texts are cut. */
    public static final int MAX_TEXT = 500;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        subject = cut(subject);
        before = cut(before);
        after = cut(after);
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
