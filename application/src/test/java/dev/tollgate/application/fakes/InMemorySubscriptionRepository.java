package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Subscriptions in a map, with the database's unique keys (id, client email) and version checks. */
public final class InMemorySubscriptionRepository implements SubscriptionRepository {

    private final Map<SubscriptionId, Subscription> rows = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Subscription subscription) {
        if (rows.containsKey(subscription.id()) || rows.values().stream()
                .anyMatch(s -> s.credential().email().equals(subscription.credential().email()))) {
            throw new DuplicateKeyException("subscription " + subscription.id() + " or its client email exists");
        }
        rows.put(subscription.id(), copy(subscription, subscription.version()));
    }

    /**
     * Stores a paid VLESS subscription of {@code user} on {@code server}, activated now (30 days, 10 GiB), with the
     * credential the shop issues; returns it as stored.
     */
    public Subscription insertActive(dev.tollgate.domain.server.ServerId server, long user, java.time.Instant now) {
        SubscriptionId id = new SubscriptionId(java.util.UUID.randomUUID());
        TelegramUserId owner = new TelegramUserId(user);
        Subscription subscription = Subscription.createPending(id, owner, SubscriptionKind.PAID, server,
                dev.tollgate.domain.subscription.ClientCredential.issue(owner, id, dev.tollgate.domain.server.Protocol.VLESS,
                        null),
                java.time.Duration.ofDays(30), dev.tollgate.domain.shared.DataSize.ofGibibytes(10), now);
        subscription.activate(now);
        insert(subscription);
        return findById(id).orElseThrow();
    }

    private final java.util.List<StatusChange> statusChanges = new java.util.ArrayList<>();

    /** Every status change written through {@link #update}, in order. */
    public synchronized java.util.List<StatusChange> statusChanges() {
        return java.util.List.copyOf(statusChanges);
    }

    @Override
    public synchronized void update(Subscription subscription) {
        Subscription stored = rows.get(subscription.id());
        if (stored == null || stored.version() != subscription.version()) {
            throw new ConcurrentUpdateException("subscription " + subscription.id() + " changed or vanished");
        }
        if (stored.status() != subscription.status()) {
            statusChanges.add(new StatusChange(stored.status(), subscription.status()));
        }
        rows.put(subscription.id(), copy(subscription, subscription.version() + 1));
    }

    @Override
    public synchronized Optional<Subscription> findById(SubscriptionId id) {
        return Optional.ofNullable(rows.get(id)).map(s -> copy(s, s.version()));
    }

    @Override
    public synchronized List<Subscription> findByOwner(TelegramUserId owner) {
        return rows.values().stream().filter(s -> s.owner().equals(owner))
                .sorted(Comparator.comparing(Subscription::createdAt).reversed())
                .map(s -> copy(s, s.version())).toList();
    }

    @Override
    public synchronized boolean existsForOwner(TelegramUserId owner, SubscriptionKind kind) {
        return rows.values().stream().anyMatch(s -> s.owner().equals(owner) && s.kind() == kind);
    }

    @Override
    public synchronized List<Subscription> findPendingActivation(int limit) {
        return rows.values().stream().filter(s -> s.status() == SubscriptionStatus.PENDING_ACTIVATION)
                .sorted(Comparator.comparing(Subscription::createdAt)).limit(limit)
                .map(s -> copy(s, s.version())).toList();
    }

    @Override
    public synchronized List<Subscription> findActiveOnServer(ServerId server) {
        return rows.values().stream().filter(s -> serversOf(s).contains(server) && s.status().grantsAccess())
                .map(s -> copy(s, s.version())).toList();
    }

    private final Map<SubscriptionId, java.util.LinkedHashSet<ServerId>> placements = new LinkedHashMap<>();

    @Override
    public synchronized List<ServerId> serversOf(Subscription subscription) {
        java.util.List<ServerId> all = new java.util.ArrayList<>(List.of(subscription.server()));
        placements.getOrDefault(subscription.id(), new java.util.LinkedHashSet<>()).stream()
                .filter(server -> !all.contains(server)).forEach(all::add);
        return List.copyOf(all);
    }

    @Override
    public synchronized Map<SubscriptionId, List<ServerId>> extraPlacements() {
        Map<SubscriptionId, List<ServerId>> extra = new LinkedHashMap<>();
        placements.forEach((id, servers) -> {
            Subscription stored = rows.get(id);
            if (stored != null && serversOf(stored).size() > 1) {
                extra.put(id, serversOf(stored).subList(1, serversOf(stored).size()));
            }
        });
        return extra;
    }

    @Override
    public synchronized void placeAlsoOn(SubscriptionId subscription, java.util.Collection<ServerId> others) {
        placements.computeIfAbsent(subscription, id -> new java.util.LinkedHashSet<>()).addAll(others);
    }

    @Override
    public synchronized List<Subscription> findByStatus(Set<SubscriptionStatus> statuses) {
        return rows.values().stream().filter(s -> statuses.contains(s.status()))
                .sorted(Comparator.comparing(Subscription::createdAt))
                .map(s -> copy(s, s.version())).toList();
    }

    private static Subscription copy(Subscription s, long version) {
        return dev.tollgate.domain.subscription.SubscriptionMove.restore(Subscription.rehydrate(s.id(), s.owner(),
                s.kind(), s.server(), s.credential(), s.term(), s.quota(),
                s.createdAt(), s.status(), s.activatedAt().orElse(null), s.expiresAt().orElse(null),
                s.plan().orElse(null), s.trafficUsed(), s.deviceLimit(), s.startOnFirstUse(), s.autoRenew(),
                s.suspendedAt().orElse(null), version),
                s.move());
    }
}
