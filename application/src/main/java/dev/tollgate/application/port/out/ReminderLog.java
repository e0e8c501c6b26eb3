package dev.tollgate.application.port.out;

import dev.tollgate.domain.reminder.ReminderKey;
import java.time.Instant;

/** The reminders already sent; the key is unique, so two job runs cannot both send the same reminder. */
public interface ReminderLog {

    /** Claims the reminder before sending; throws {@link DuplicateKeyException} when it was claimed already. */
    void record(ReminderKey key, Instant at);

    boolean contains(ReminderKey key);

    /** Releases a claim whose message could not be delivered, so the next run tries again. */
    void remove(ReminderKey key);
}
