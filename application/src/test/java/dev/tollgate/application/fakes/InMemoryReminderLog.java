package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.domain.reminder.ReminderKey;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Sent reminders in a set, unique by key as in the database. */
public final class InMemoryReminderLog implements ReminderLog {

    private final Set<ReminderKey> sent = ConcurrentHashMap.newKeySet();

    @Override
    public void record(ReminderKey key, Instant at) {
        if (!sent.add(key)) {
            throw new DuplicateKeyException("reminder " + key + " was sent");
        }
    }

    @Override
    public boolean contains(ReminderKey key) {
        return sent.contains(key);
    }

    @Override
    public void remove(ReminderKey key) {
        sent.remove(key);
    }
}
