package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores subscriptions. */
public interface SubscriptionRepository {

    /** Inserts a new subscription; throws {@link DuplicateKeyException} on a taken id or client email. */
    void insert(Subscription subscription);

    /** Writes a changed subscription; throws {@link ConcurrentUpdateException} when its version is stale. */
    void update(Subscription subscription);

    Optional<Subscription> findById(SubscriptionId id);

    /** The owner's subscriptions, newest first. */
    List<Subscription> findByOwner(TelegramUserId owner);

    boolean existsForOwner(TelegramUserId owner, SubscriptionKind kind);

    /** Subscriptions still waiting for their panel client, oldest first. */
    List<Subscription> findPendingActivation(int limit);

    /**
     * Every server the subscription has a client on: its own first, then the other servers of an all-locations plan
     * ({@link #placeAlsoOn}), by id.
     */
    List<ServerId> serversOf(Subscription subscription);

    /** The other servers of every subscription placed on more than one (see {@link #serversOf}). */
    Map<SubscriptionId, List<ServerId>> extraPlacements();

    /**
     * Records that a subscription (or the one a placed order will create) also has a client on these servers; a
     * server placed before, or the subscription's own, is not added twice.
     */
    void placeAlsoOn(SubscriptionId subscription, Collection<ServerId> others);

    /** Subscriptions whose client should be enabled on the given server, placed there as their own or also. */
    List<Subscription> findActiveOnServer(ServerId server);

    /** Subscriptions in any of the given states, oldest first (for the expiry, reminder and auto-renewal jobs). */
    List<Subscription> findByStatus(Set<SubscriptionStatus> statuses);

    /** Subscriptions with a move to another server under way (either phase), oldest first. */
    default List<Subscription> findMoving() {
        return findByStatus(EnumSet.allOf(SubscriptionStatus.class)).stream().filter(s -> s.move().underWay()).toList();
    }

    /** The states in which a subscription holds its place on a server (its client exists there, maybe disabled). */
    Set<SubscriptionStatus> LIVE = Set.copyOf(EnumSet.of(SubscriptionStatus.PENDING_ACTIVATION,
            SubscriptionStatus.ACTIVE, SubscriptionStatus.LIMITED));

    /**
     * Holds the server's placement lock until the surrounding transaction ends: whoever counts the server's live
     * subscriptions ({@link #countLiveByServer}) in order to add one there takes it first, so two such transactions
     * (on one instance or several) run one after the other and cannot both take its last slot.
     */
    void lockPlacement(ServerId server);

    /** How many {@link #LIVE} subscriptions each server holds (also placed ones); a server with none is absent. */
    default Map<ServerId, Long> countLiveByServer() {
        Map<SubscriptionId, List<ServerId>> extra = extraPlacements();
        return findByStatus(LIVE).stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.server()),
                extra.getOrDefault(s.id(), List.of()).stream())).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }
}
