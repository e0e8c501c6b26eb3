package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.PLACEMENT_LOCKS;
import static dev.tollgate.adapters.persistence.generated.Tables.REMINDER_LOG;
import static dev.tollgate.adapters.persistence.generated.Tables.SUBSCRIPTIONS;
import static dev.tollgate.adapters.persistence.generated.Tables.SUBSCRIPTION_PLACEMENTS;

import dev.tollgate.adapters.persistence.generated.tables.records.SubscriptionsRecord;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.SubscriptionRepository;
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
import dev.tollgate.domain.subscription.SubscriptionMove;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.impl.DSL;

final class JooqSubscriptionRepository implements SubscriptionRepository {

    private final DSLContext dsl;

    @Inject
    JooqSubscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(Subscription s) {
        Errors.translate("insert subscription " + s.id(), () -> dsl.insertInto(SUBSCRIPTIONS)
                .set(SUBSCRIPTIONS.ID, s.id().value())
                .set(SUBSCRIPTIONS.OWNER_ID, s.owner().value())
                .set(SUBSCRIPTIONS.KIND, s.kind().name())
                .set(SUBSCRIPTIONS.SERVER_ID, s.server().value())
                .set(SUBSCRIPTIONS.CLIENT_EMAIL, s.credential().email())
                .set(SUBSCRIPTIONS.CLIENT_SECRET, s.credential().secret())
                .set(SUBSCRIPTIONS.TERM_SECONDS, s.term().getSeconds())
                .set(SUBSCRIPTIONS.QUOTA_BYTES, s.quota().bytes())
                .set(SUBSCRIPTIONS.CREATED_AT, Times.toDb(s.createdAt()))
                .set(SUBSCRIPTIONS.STATUS, s.status().name())
                .set(SUBSCRIPTIONS.ACTIVATED_AT, Times.toDb(s.activatedAt().orElse(null)))
                .set(SUBSCRIPTIONS.EXPIRES_AT, Times.toDb(s.expiresAt().orElse(null)))
                .set(SUBSCRIPTIONS.PLAN_ID, s.plan().map(PlanId::value).orElse(null))
                .set(SUBSCRIPTIONS.TRAFFIC_USED_BYTES, s.trafficUsed().bytes())
                .set(SUBSCRIPTIONS.TRAFFIC_PERCENT, trafficPercent(s))
                .set(SUBSCRIPTIONS.DEVICE_LIMIT, s.deviceLimit())
                .set(SUBSCRIPTIONS.START_ON_FIRST_USE, s.startOnFirstUse())
                .set(SUBSCRIPTIONS.AUTO_RENEW, s.autoRenew())
                .set(SUBSCRIPTIONS.SUSPENDED_AT, Times.toDb(s.suspendedAt().orElse(null)))
                .set(SUBSCRIPTIONS.MOVING_TO, s.move().target().map(ServerId::value).orElse(null))
                .set(SUBSCRIPTIONS.MOVED_FROM, s.move().leftBehind().map(ServerId::value).orElse(null))
                .set(SUBSCRIPTIONS.VERSION, s.version())
                .execute());
    }

    @Override
    public void update(Subscription s) {
        int updated = Errors.translate("update subscription " + s.id(), () -> dsl.update(SUBSCRIPTIONS)
                .set(SUBSCRIPTIONS.STATUS, s.status().name())
                .set(SUBSCRIPTIONS.CLIENT_SECRET, s.credential().secret())
                .set(SUBSCRIPTIONS.TERM_SECONDS, s.term().getSeconds())
                .set(SUBSCRIPTIONS.QUOTA_BYTES, s.quota().bytes())
                .set(SUBSCRIPTIONS.ACTIVATED_AT, Times.toDb(s.activatedAt().orElse(null)))
                .set(SUBSCRIPTIONS.EXPIRES_AT, Times.toDb(s.expiresAt().orElse(null)))
                .set(SUBSCRIPTIONS.PLAN_ID, s.plan().map(PlanId::value).orElse(null))
                .set(SUBSCRIPTIONS.TRAFFIC_USED_BYTES, s.trafficUsed().bytes())
                .set(SUBSCRIPTIONS.TRAFFIC_PERCENT, trafficPercent(s))
                .set(SUBSCRIPTIONS.DEVICE_LIMIT, s.deviceLimit())
                .set(SUBSCRIPTIONS.AUTO_RENEW, s.autoRenew())
                .set(SUBSCRIPTIONS.SUSPENDED_AT, Times.toDb(s.suspendedAt().orElse(null)))
                .set(SUBSCRIPTIONS.SERVER_ID, s.server().value())
                .set(SUBSCRIPTIONS.MOVING_TO, s.move().target().map(ServerId::value).orElse(null))
                .set(SUBSCRIPTIONS.MOVED_FROM, s.move().leftBehind().map(ServerId::value).orElse(null))
                .set(SUBSCRIPTIONS.VERSION, s.version() + 1)
                .where(SUBSCRIPTIONS.ID.eq(s.id().value()))
                .and(SUBSCRIPTIONS.VERSION.eq(s.version()))
                .execute());
        if (updated != 1) {
            throw new ConcurrentUpdateException("subscription " + s.id() + " was changed by someone else or is gone");
        }
    }

    @Override
    public Optional<Subscription> findById(SubscriptionId id) {
        return Errors.translate("find subscription", () -> dsl.selectFrom(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.ID.eq(id.value()))
                .fetchOptional()
                .map(JooqSubscriptionRepository::toDomain));
    }

    @Override
    public List<Subscription> findByOwner(TelegramUserId owner) {
        return Errors.translate("find subscriptions of owner", () -> dsl.selectFrom(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.OWNER_ID.eq(owner.value()))
                .orderBy(SUBSCRIPTIONS.CREATED_AT.desc(), SUBSCRIPTIONS.ID)
                .fetch(JooqSubscriptionRepository::toDomain));
    }

    @Override
    public boolean existsForOwner(TelegramUserId owner, SubscriptionKind kind) {
        return Errors.translate("check subscriptions of owner", () -> dsl.fetchExists(SUBSCRIPTIONS,
                SUBSCRIPTIONS.OWNER_ID.eq(owner.value()).and(SUBSCRIPTIONS.KIND.eq(kind.name()))));
    }

    @Override
    public List<Subscription> findPendingActivation(int limit) {
        return Errors.translate("find pending subscriptions", () -> dsl.selectFrom(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.STATUS.eq(SubscriptionStatus.PENDING_ACTIVATION.name()))
                .orderBy(SUBSCRIPTIONS.CREATED_AT, SUBSCRIPTIONS.ID)
                .limit(limit)
                .fetch(JooqSubscriptionRepository::toDomain));
    }

    @Override
    public List<Subscription> findActiveOnServer(ServerId server) {
        return Errors.translate("find active subscriptions of server", () -> dsl.selectFrom(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.SERVER_ID.eq(server.value()).or(SUBSCRIPTIONS.ID.in(
                        DSL.select(SUBSCRIPTION_PLACEMENTS.SUBSCRIPTION_ID).from(SUBSCRIPTION_PLACEMENTS)
                                .where(SUBSCRIPTION_PLACEMENTS.SERVER_ID.eq(server.value())))))
                .and(SUBSCRIPTIONS.STATUS.eq(SubscriptionStatus.ACTIVE.name()))
                .orderBy(SUBSCRIPTIONS.CREATED_AT, SUBSCRIPTIONS.ID)
                .fetch(JooqSubscriptionRepository::toDomain));
    }

    @Override
    public List<ServerId> serversOf(Subscription subscription) {
        List<ServerId> all = new ArrayList<>(List.of(subscription.server()));
        Errors.translate("find the servers of " + subscription.id(), () -> dsl.select(SUBSCRIPTION_PLACEMENTS.SERVER_ID)
                .from(SUBSCRIPTION_PLACEMENTS).where(SUBSCRIPTION_PLACEMENTS.SUBSCRIPTION_ID.eq(subscription.id().value()))
                .orderBy(SUBSCRIPTION_PLACEMENTS.SERVER_ID).fetch(row -> new ServerId(row.value1())))
                .stream().filter(server -> !all.contains(server)).forEach(all::add);
        return List.copyOf(all);
    }

    @Override
    public Map<SubscriptionId, List<ServerId>> extraPlacements() {
        return Errors.translate("list extra placements", () -> {
            Map<SubscriptionId, List<ServerId>> extra = new LinkedHashMap<>();
            dsl.select(SUBSCRIPTION_PLACEMENTS.SUBSCRIPTION_ID, SUBSCRIPTION_PLACEMENTS.SERVER_ID)
                    .from(SUBSCRIPTION_PLACEMENTS).join(SUBSCRIPTIONS).on(SUBSCRIPTIONS.ID.eq(SUBSCRIPTION_PLACEMENTS.SUBSCRIPTION_ID))
                    .where(SUBSCRIPTION_PLACEMENTS.SERVER_ID.ne(SUBSCRIPTIONS.SERVER_ID))
                    .orderBy(SUBSCRIPTION_PLACEMENTS.SUBSCRIPTION_ID, SUBSCRIPTION_PLACEMENTS.SERVER_ID)
                    .forEach(row -> extra.computeIfAbsent(new SubscriptionId(row.value1()), id -> new ArrayList<>())
                            .add(new ServerId(row.value2())));
            return extra;
        });
    }

    /** The server's row in {@code placement_locks}, made once and then locked FOR UPDATE until the transaction ends. */
    @Override
    public void lockPlacement(ServerId server) {
        Errors.translate("lock the placements on server " + server, () -> {
            dsl.insertInto(PLACEMENT_LOCKS).set(PLACEMENT_LOCKS.SERVER_ID, server.value()).onDuplicateKeyIgnore().execute();
            return dsl.select(PLACEMENT_LOCKS.SERVER_ID).from(PLACEMENT_LOCKS)
                    .where(PLACEMENT_LOCKS.SERVER_ID.eq(server.value())).forUpdate().fetch();
        });
    }

    @Override
    public void placeAlsoOn(SubscriptionId subscription, Collection<ServerId> others) {
        for (ServerId server : others) {
            Errors.translate("place " + subscription + " also on " + server, () -> dsl.insertInto(SUBSCRIPTION_PLACEMENTS)
                    .set(SUBSCRIPTION_PLACEMENTS.SUBSCRIPTION_ID, subscription.value())
                    .set(SUBSCRIPTION_PLACEMENTS.SERVER_ID, server.value())
                    .onDuplicateKeyIgnore().execute());
        }
    }

    @Override
    public List<Subscription> findMoving() {
        return Errors.translate("find moving subscriptions", () -> dsl.selectFrom(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.MOVING_TO.isNotNull().or(SUBSCRIPTIONS.MOVED_FROM.isNotNull()))
                .orderBy(SUBSCRIPTIONS.CREATED_AT, SUBSCRIPTIONS.ID)
                .fetch(JooqSubscriptionRepository::toDomain));
    }

    @Override
    public Map<ServerId, Long> countLiveByServer() {
        return Errors.translate("count live subscriptions per server", () -> {
            Map<ServerId, Long> counts = new HashMap<>();
            dsl.select(SUBSCRIPTIONS.SERVER_ID, DSL.count()).from(SUBSCRIPTIONS)
                    .where(SUBSCRIPTIONS.STATUS.in(LIVE.stream().map(Enum::name).toList()))
                    .groupBy(SUBSCRIPTIONS.SERVER_ID)
                    .forEach(row -> counts.put(new ServerId(row.value1()), row.value2().longValue()));
            dsl.select(SUBSCRIPTION_PLACEMENTS.SERVER_ID, DSL.count()).from(SUBSCRIPTION_PLACEMENTS)
                    .join(SUBSCRIPTIONS).on(SUBSCRIPTIONS.ID.eq(SUBSCRIPTION_PLACEMENTS.SUBSCRIPTION_ID))
                    .where(SUBSCRIPTIONS.STATUS.in(LIVE.stream().map(Enum::name).toList()))
                    .and(SUBSCRIPTION_PLACEMENTS.SERVER_ID.ne(SUBSCRIPTIONS.SERVER_ID))
                    .groupBy(SUBSCRIPTION_PLACEMENTS.SERVER_ID)
                    .forEach(row -> counts.merge(new ServerId(row.value1()), row.value2().longValue(), Long::sum));
            return counts;
        });
    }

    @Override
    public List<Subscription> findByStatus(Set<SubscriptionStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return Errors.translate("find subscriptions by status", () -> dsl.selectFrom(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .orderBy(SUBSCRIPTIONS.CREATED_AT, SUBSCRIPTIONS.ID)
                .fetch(JooqSubscriptionRepository::toDomain));
    }

    /**
     * The reminders due at {@code now} that the log has not seen, as {@link ReminderPolicy} defines them: for ACTIVE
     * subscriptions the most urgent expiry window (3 days, 24 hours, 3 hours before expires_at) and the highest traffic
     * threshold reached (80 %, 95 %), keyed by the period's expiry (the epoch while the term has not started).
     * One UNION ALL branch per kind, each a range scan of ix_subscriptions_status_expires or
     * ix_subscriptions_status_traffic with an anti-join on pk_reminder_log, so no branch reads the whole table.
     * Serves the DueReminders port (JooqDueReminders), which SendRemindersService reads.
     */
    List<ReminderKey> findDueReminders(Instant now, int limit) {
        return Errors.translate("find due reminders", () -> dueRemindersQuery(now, limit)
                .fetch(row -> new ReminderKey(new SubscriptionId(row.value1()), ReminderKind.valueOf(row.value2()),
                        Times.fromDb(row.value3()))));
    }

    /** The query of {@link #findDueReminders}, for EXPLAIN in the benchmark. */
    Select<Record3<UUID, String, OffsetDateTime>> dueRemindersQuery(Instant now, int limit) {
        OffsetDateTime at = Times.toDb(now);
        Select<Record3<UUID, String, OffsetDateTime>> union = null;
        Instant windowStart = now;
        for (ReminderKind kind : List.of(ReminderKind.EXPIRES_IN_3_HOURS, ReminderKind.EXPIRES_IN_24_HOURS,
                ReminderKind.EXPIRES_IN_3_DAYS)) {
            Instant windowEnd = now.plus(kind.beforeExpiry());
            Condition window = windowStart.equals(now)
                    ? SUBSCRIPTIONS.EXPIRES_AT.gt(at)
                    : SUBSCRIPTIONS.EXPIRES_AT.gt(Times.toDb(windowStart));
            union = unionAll(union, dueBranch(kind, SUBSCRIPTIONS.EXPIRES_AT,
                    window.and(SUBSCRIPTIONS.EXPIRES_AT.le(Times.toDb(windowEnd)))));
            windowStart = windowEnd;
        }
        Field<OffsetDateTime> period = DSL.coalesce(SUBSCRIPTIONS.EXPIRES_AT, DSL.inline(Times.toDb(Instant.EPOCH)));
        union = unionAll(union, dueBranch(ReminderKind.TRAFFIC_95_PERCENT, period,
                SUBSCRIPTIONS.TRAFFIC_PERCENT.ge(ReminderKind.TRAFFIC_95_PERCENT.trafficPercent())));
        union = unionAll(union, dueBranch(ReminderKind.TRAFFIC_80_PERCENT, period,
                SUBSCRIPTIONS.TRAFFIC_PERCENT.ge(ReminderKind.TRAFFIC_80_PERCENT.trafficPercent())
                        .and(SUBSCRIPTIONS.TRAFFIC_PERCENT.lt(ReminderKind.TRAFFIC_95_PERCENT.trafficPercent()))));
        return dsl.selectFrom(union.asTable("due")).limit(limit);
    }

    private Select<Record3<UUID, String, OffsetDateTime>> dueBranch(ReminderKind kind, Field<OffsetDateTime> period,
                                                                   Condition due) {
        return DSL.select(SUBSCRIPTIONS.ID, DSL.inline(kind.name()).as("kind"), period.as("period_end"))
                .from(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.STATUS.eq(DSL.inline(SubscriptionStatus.ACTIVE.name())))
                .and(due)
                .andNotExists(DSL.selectOne().from(REMINDER_LOG)
                        .where(REMINDER_LOG.SUBSCRIPTION_ID.eq(SUBSCRIPTIONS.ID))
                        .and(REMINDER_LOG.KIND.eq(DSL.inline(kind.name())))
                        .and(REMINDER_LOG.PERIOD_END.eq(period)));
    }

    private static Select<Record3<UUID, String, OffsetDateTime>> unionAll(
            Select<Record3<UUID, String, OffsetDateTime>> union, Select<Record3<UUID, String, OffsetDateTime>> branch) {
        return union == null ? branch : union.unionAll(branch);
    }

    /** Whole per cent of the quota used, rounded down (so {@code >= 80} means exactly the policy's 80 % rule); 0 when unlimited. */
    static int trafficPercent(Subscription s) {
        long quota = s.quota().bytes();
        if (quota == 0) {
            return 0;
        }
        BigInteger percent = BigInteger.valueOf(s.trafficUsed().bytes()).multiply(BigInteger.valueOf(100))
                .divide(BigInteger.valueOf(quota));
        return percent.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    private static Subscription toDomain(SubscriptionsRecord row) {
        return SubscriptionMove.restore(Subscription.rehydrate(new SubscriptionId(row.getId()), new TelegramUserId(row.getOwnerId()),
                SubscriptionKind.valueOf(row.getKind()), new ServerId(row.getServerId()),
                new ClientCredential(row.getClientEmail(), row.getClientSecret()),
                Duration.ofSeconds(row.getTermSeconds()), DataSize.ofBytes(row.getQuotaBytes()),
                Times.fromDb(row.getCreatedAt()), SubscriptionStatus.valueOf(row.getStatus()),
                Times.fromDb(row.getActivatedAt()), Times.fromDb(row.getExpiresAt()),
                row.getPlanId() == null ? null : new PlanId(row.getPlanId()), DataSize.ofBytes(row.getTrafficUsedBytes()),
                row.getDeviceLimit(), row.getStartOnFirstUse(), row.getAutoRenew(),
                Times.fromDb(row.getSuspendedAt()), row.getVersion()),
                new SubscriptionMove(row.getMovingTo() == null ? null : new ServerId(row.getMovingTo()),
                        row.getMovedFrom() == null ? null : new ServerId(row.getMovedFrom())));
    }
}
