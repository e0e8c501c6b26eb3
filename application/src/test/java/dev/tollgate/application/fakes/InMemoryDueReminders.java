package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.DueReminders;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.reminder.ReminderKey;
import dev.tollgate.domain.reminder.ReminderPolicy;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The reference answer: the policy applied to every active subscription, less what the log holds. */
public final class InMemoryDueReminders implements DueReminders {

    private final SubscriptionRepository subscriptions;
    private final ReminderLog log;
    private final ReminderPolicy policy = new ReminderPolicy();

    public InMemoryDueReminders(SubscriptionRepository subscriptions, ReminderLog log) {
        this.subscriptions = subscriptions;
        this.log = log;
    }

    @Override
    public List<ReminderKey> find(Instant now, int limit) {
        return subscriptions.findByStatus(Set.of(SubscriptionStatus.ACTIVE)).stream()
                .flatMap(subscription -> policy.due(subscription, now).stream())
                .filter(key -> !log.contains(key))
                .limit(limit)
                .toList();
    }
}
