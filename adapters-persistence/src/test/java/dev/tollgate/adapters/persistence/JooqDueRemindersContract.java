package dev.tollgate.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.reminder.ReminderKey;
import dev.tollgate.domain.reminder.ReminderKind;
import dev.tollgate.domain.reminder.ReminderPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The due-reminder query of the benchmark finds exactly what {@link ReminderPolicy} finds, less what the log holds. */
abstract class JooqDueRemindersContract {

    private static final Instant NOW = Instant.parse("2041-01-01T00:00:00Z");
    private static final DataSize QUOTA = DataSize.ofBytes(10_000);

    protected abstract Injector injector();

    @Test
    void findDueReminders_matchesTheReminderPolicyLessTheLog() {
        TelegramUserId owner = new TelegramUserId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        transactions().run(() -> injector().getInstance(CustomerRepository.class)
                .insert(Customer.firstContact(owner, Language.EN, NOW)));
        List<Subscription> all = new ArrayList<>();
        for (Duration left : List.of(Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(3).plusSeconds(1),
                Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(72), Duration.ofHours(72).plusSeconds(1),
                Duration.ofSeconds(-1), Duration.ZERO, Duration.ofDays(10))) {
            all.add(subscription(owner, SubscriptionStatus.ACTIVE, NOW.plus(left), QUOTA, 0, false));
        }
        for (long used : List.of(7_999L, 8_000L, 9_499L, 9_500L, 10_000L, 25_000L)) {
            all.add(subscription(owner, SubscriptionStatus.ACTIVE, NOW.plus(Duration.ofDays(20)), QUOTA, used, false));
        }
        all.add(subscription(owner, SubscriptionStatus.ACTIVE, NOW.plus(Duration.ofDays(20)), DataSize.ZERO, 50_000, false));
        all.add(subscription(owner, SubscriptionStatus.LIMITED, NOW.plus(Duration.ofHours(1)), QUOTA, 10_000, false));
        all.add(subscription(owner, SubscriptionStatus.EXPIRED, NOW.plus(Duration.ofHours(1)), QUOTA, 9_000, false));
        all.add(subscription(owner, SubscriptionStatus.ACTIVE, null, QUOTA, 8_500, true));
        Subscription both = subscription(owner, SubscriptionStatus.ACTIVE, NOW.plus(Duration.ofHours(2)), QUOTA, 9_600, false);
        Subscription loggedBefore = subscription(owner, SubscriptionStatus.ACTIVE, NOW.plus(Duration.ofHours(20)), QUOTA, 8_100, false);
        all.add(both);
        all.add(loggedBefore);
        transactions().run(() -> all.forEach(subscriptions()::insert));
        ReminderLog log = injector().getInstance(ReminderLog.class);
        transactions().run(() -> {
            log.record(new ReminderKey(both.id(), ReminderKind.EXPIRES_IN_3_HOURS, both.expiresAt().orElseThrow()), NOW);
            log.record(new ReminderKey(loggedBefore.id(), ReminderKind.TRAFFIC_80_PERCENT, loggedBefore.expiresAt().orElseThrow()), NOW);
            log.record(new ReminderKey(loggedBefore.id(), ReminderKind.EXPIRES_IN_24_HOURS, NOW.minus(Duration.ofDays(30))), NOW);
        });

        Set<SubscriptionId> mine = new HashSet<>();
        all.forEach(s -> mine.add(s.id()));
        Set<ReminderKey> expected = new HashSet<>();
        ReminderPolicy policy = new ReminderPolicy();
        for (Subscription s : all) {
            policy.due(s, NOW).stream().filter(key -> !log.contains(key)).forEach(expected::add);
        }
        JooqSubscriptionRepository repository = injector().getInstance(JooqSubscriptionRepository.class);
        Set<ReminderKey> found = new HashSet<>();
        repository.findDueReminders(NOW, 1_000_000).stream().filter(key -> mine.contains(key.subscription()))
                .forEach(found::add);

        assertThat(expected).hasSize(14);
        assertThat(found).isEqualTo(expected);
    }

    private Subscription subscription(TelegramUserId owner, SubscriptionStatus status, Instant expiresAt, DataSize quota,
                                      long used, boolean startOnFirstUse) {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        return Subscription.rehydrate(id, owner, SubscriptionKind.PAID, new ServerId("de-1"),
                new ClientCredential("tg" + owner.value() + "-" + id.value().toString().substring(0, 8),
                        UUID.randomUUID().toString()), Duration.ofDays(30), quota, NOW.minus(Duration.ofDays(10)), status,
                NOW.minus(Duration.ofDays(10)), expiresAt, new PlanId("month"), DataSize.ofBytes(used), 0,
                startOnFirstUse, false, null, 0);
    }

    private SubscriptionRepository subscriptions() {
        return injector().getInstance(SubscriptionRepository.class);
    }

    private TransactionRunner transactions() {
        return injector().getInstance(TransactionRunner.class);
    }
}
