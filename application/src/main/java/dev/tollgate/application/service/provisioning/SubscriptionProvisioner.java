package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.domain.subscription.Adoption;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Creates a stored subscription's client on its panel after the subscription was committed, then records the
 * activation in a second transaction. The panel call is idempotent, so retrying it after a crash is safe.
 */
public final class SubscriptionProvisioner {

    private static final System.Logger LOG = System.getLogger(SubscriptionProvisioner.class.getName());

    private static final int MAX_ATTEMPTS = 3;

    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final TransactionRunner transactions;
    private final ShareLinks shareLinks;
    private final Clock clock;

    public SubscriptionProvisioner(SubscriptionRepository subscriptions, ServerCatalog servers, PanelGateways gateways,
                                   TransactionRunner transactions, ShareLinks shareLinks, Clock clock) {
        this.subscriptions = subscriptions;
        this.servers = servers;
        this.gateways = gateways;
        this.transactions = transactions;
        this.shareLinks = shareLinks;
        this.clock = clock;
    }

    /** Returns the user's access once the panel holds the client, or empty while the panel cannot be reached. */
    public Optional<AccessDetails> provision(Subscription pending) {
        return provisionReporting(pending).map(Provisioned::access);
    }

    /** The access, and whether this call is the one that moved the subscription to active (only that caller tells the user). */
    public record Provisioned(AccessDetails access, boolean activatedByThisCall) {
    }

    /** Like {@link #provision}, also saying whether this call activated it, so a racing caller does not notify twice. */
    public Optional<Provisioned> provisionReporting(Subscription pending) {
        Optional<ServerSettings> server = servers.find(pending.server());
        if (server.isEmpty()) {
            LOG.log(Level.WARNING, "subscription {0} is on server {1}, which is no longer configured",
                    pending.id(), pending.server());
            return Optional.empty();
        }
        try {
            // Every server it is on (all-locations plans: each of them); each call is idempotent.
            for (dev.tollgate.domain.server.ServerId on : subscriptions.serversOf(pending)) {
                if (on.equals(pending.server()) || servers.find(on).isPresent()) {
                    gateways.forServer(on).createClient(clientFor(pending, clock.instant()));
                }
            }
        } catch (PanelException e) {
            LOG.log(Level.WARNING, "could not provision subscription {0} on {1}: {2}",
                    pending.id(), pending.server(), e.getMessage());
            return Optional.empty();
        }
        boolean[] activatedHere = new boolean[1];
        Subscription active = markActive(pending, activatedHere);
        return Optional.of(new Provisioned(accessFor(active, server.get()), activatedHere[0]));
    }

    private Subscription markActive(Subscription pending, boolean[] activatedHere) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    Subscription current = subscriptions.findById(pending.id()).orElseThrow(
                            () -> new IllegalStateException("subscription vanished: " + pending.id()));
                    if (current.status() == SubscriptionStatus.PENDING_ACTIVATION) {
                        current.activate(clock.instant());
                        subscriptions.update(current);
                        activatedHere[0] = true;
                        return subscriptions.findById(pending.id()).orElseThrow();
                    }
                    return current;
                });
            } catch (ConcurrentUpdateException raced) {
                if (attempt == MAX_ATTEMPTS) {
                    throw raced;
                }
                LOG.log(Level.DEBUG, "activation of {0} raced another writer; reading again", pending.id());
            }
        }
    }

    /** The client the panel should hold for a subscription. */
    public PanelClient clientFor(Subscription subscription, Instant now) {
        // An adopted client that never expired keeps no expiry; a pending one gets its whole term from now.
        Instant expiry = Adoption.neverExpires(subscription) ? null
                : subscription.expiresAt().orElse(now.plus(subscription.term()));
        boolean waitsForFirstUse = subscription.startOnFirstUse() && subscription.expiresAt().isEmpty();
        boolean enabled = subscription.status() == SubscriptionStatus.ACTIVE
                || subscription.status() == SubscriptionStatus.PENDING_ACTIVATION;
        return new PanelClient(subscription.credential().email(), subscription.credential().secret(),
                servers.find(subscription.server()).orElseThrow().protocol(), subscription.quota(), expiry,
                waitsForFirstUse ? subscription.term() : null, enabled, subscription.owner(),
                subscription.credential().email(), subscription.deviceLimit());
    }

    /**
     * {@link #accessFor} plus the devices an active subscription is connected from now, asked live from cores that
     * report them ({@link PanelCapability#ONLINE_DEVICES}); a core that fails to answer leaves the count unknown.
     */
    public AccessDetails accessWithDevicesOnline(Subscription subscription, ServerSettings server) {
        AccessDetails access = accessFor(subscription, server);
        if (subscription.status() != SubscriptionStatus.ACTIVE) {
            return access;
        }
        try {
            PanelGateway gateway = gateways.forServer(server.id());
            if (!gateway.capabilities().contains(PanelCapability.ONLINE_DEVICES)) {
                return access;
            }
            return access.withDevicesOnline(gateway.devicesOnline(clientFor(subscription, clock.instant())));
        } catch (PanelException e) {
            LOG.log(Level.DEBUG, "devices online of {0} unknown: {1}", subscription.id(), e.getMessage());
            return access;
        }
    }

    /** What the user needs to connect with a subscription. */
    public AccessDetails accessFor(Subscription subscription, ServerSettings server) {
        return new AccessDetails(subscription.id(), subscription.kind(), subscription.status(), server.displayName(),
                shareLinks.linkFor(server, subscription.credential()),
                subscription.expiresAt().orElse(null), subscription.quota(), subscription.trafficUsed(),
                subscription.deviceLimit()).withEndless(Adoption.neverExpires(subscription));
    }
}
