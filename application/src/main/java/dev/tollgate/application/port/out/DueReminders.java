package dev.tollgate.application.port.out;

import dev.tollgate.domain.reminder.ReminderKey;
import java.time.Instant;
import java.util.List;

/**
 * Finds the reminders that {@link dev.tollgate.domain.reminder.ReminderPolicy} makes due at {@code now} and the
 * {@link ReminderLog} has not seen, without reading every subscription (the database answers from its indexes).
 */
public interface DueReminders {

    List<ReminderKey> find(Instant now, int limit);
}
