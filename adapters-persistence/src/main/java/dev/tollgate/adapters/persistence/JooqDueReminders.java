package dev.tollgate.adapters.persistence;

import dev.tollgate.application.port.out.DueReminders;
import dev.tollgate.domain.reminder.ReminderKey;
import java.time.Instant;
import java.util.List;

/** The indexed due-reminder query of the subscription store, behind its port. */
final class JooqDueReminders implements DueReminders {

    private final JooqSubscriptionRepository subscriptions;

    JooqDueReminders(JooqSubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public List<ReminderKey> find(Instant now, int limit) {
        return subscriptions.findDueReminders(now, limit);
    }
}
