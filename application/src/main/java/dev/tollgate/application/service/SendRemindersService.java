package dev.tollgate.application.service;

import dev.tollgate.application.port.in.SendRemindersUseCase;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.reminder.ReminderKey;
import dev.tollgate.domain.reminder.ReminderPolicy;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Sends the reminders the policy finds due. Each is claimed in the log before it is sent (the unique key makes an
 * overlapping run skip it) and released again when delivery fails, so the next run retries it.
 */
public final class SendRemindersService implements SendRemindersUseCase {

    private final SubscriptionRepository subscriptions;
    private final ReminderLog log;
    private final ReminderPolicy policy;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;

    public SendRemindersService(SubscriptionRepository subscriptions, ReminderLog log, ReminderPolicy policy,
                                TransactionRunner transactions, CustomerNotices notices, Clock clock) {
        this.subscriptions = subscriptions;
        this.log = log;
        this.policy = policy;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Result send() {
        Instant now = clock.instant();
        int sent = 0;
        int failed = 0;
        for (Subscription subscription : subscriptions.findByStatus(Set.of(SubscriptionStatus.ACTIVE))) {
            for (ReminderKey key : policy.due(subscription, now)) {
                if (log.contains(key)) {
                    continue;
                }
                try {
                    transactions.run(() -> log.record(key, now));
                } catch (DuplicateKeyException otherRun) {
                    continue;
                }
                Notice.Reminder reminder = new Notice.Reminder(subscription.id(), key.kind(),
                        subscription.expiresAt().orElse(null), subscription.remainingTraffic().orElse(null));
                if (notices.send(subscription.owner(), reminder)) {
                    sent++;
                } else {
                    transactions.run(() -> log.remove(key));
                    failed++;
                }
            }
        }
        return new Result(sent, failed);
    }
}
