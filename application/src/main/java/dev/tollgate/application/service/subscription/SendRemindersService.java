package dev.tollgate.application.service.subscription;

import dev.tollgate.application.port.in.SendRemindersUseCase;
import dev.tollgate.application.port.out.DueReminders;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.domain.reminder.ReminderKey;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends the reminders the policy finds due. Each is claimed in the log before it is sent (the unique key makes an
 * overlapping run skip it) and released again when delivery fails, so the next run retries it.
 */
public final class SendRemindersService implements SendRemindersUseCase {

    private final SubscriptionRepository subscriptions;
    private final ReminderLog log;
    private final DueReminders due;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;
    private final dev.tollgate.application.port.out.ShopSettings settings;

    /** The batch one run sends at most; the next run continues where this one stopped. */
    static final int BATCH = 1_000;

    public SendRemindersService(SubscriptionRepository subscriptions, DueReminders due, ReminderLog log,
                                TransactionRunner transactions, CustomerNotices notices, Clock clock) {
        this(subscriptions, due, log, transactions, notices, clock, null);
    }

    /**
     * Sends only the reminders the shop's schedule has on (admins switch them in the bot); one that is off is still
     * recorded in the log, so it is not found due again, and is not sent.
     */
    public SendRemindersService(SubscriptionRepository subscriptions, DueReminders due, ReminderLog log,
                                TransactionRunner transactions, CustomerNotices notices, Clock clock,
                                dev.tollgate.application.port.out.ShopSettings settings) {
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.due = due;
        this.log = log;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Result send() {
        Instant now = clock.instant();
        dev.tollgate.application.port.out.ShopTerms terms = settings == null ? null : settings.current();
        int sent = 0;
        int failed = 0;
        for (ReminderKey key : due.find(now, BATCH)) {
            Optional<Subscription> found = subscriptions.findById(key.subscription())
                    .filter(candidate -> candidate.status() == SubscriptionStatus.ACTIVE);
            if (found.isEmpty()) {
                continue;
            }
            Subscription subscription = found.get();
            try {
                transactions.run(() -> log.record(key, now));
            } catch (DuplicateKeyException otherRun) {
                continue;
            }
            if (terms != null && !terms.sends(key.kind())) {
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
        return new Result(sent, failed);
    }
}
