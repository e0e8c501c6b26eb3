package dev.tollgate.application.service.subscription;

import dev.tollgate.application.port.in.ResetLinkUseCase;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.FeedTokenVersions;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;

/**
 * Replaces a subscription's secret and the owner's feed-token version. The panel is told first (its client, found by
 * the unchanged email, takes the new secret); only then are the new secret and the next version stored in one
 * transaction. If the panel refuses, nothing changes; if storing loses every race, the panel gets the old secret back.
 */
public final class ResetLinkService implements ResetLinkUseCase {

    private static final System.Logger LOG = System.getLogger(ResetLinkService.class.getName());
    private static final int MAX_ATTEMPTS = 3;

    private final SubscriptionRepository subscriptions;
    private final FeedTokenVersions versions;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionProvisioner provisioner;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ResetLinkService(SubscriptionRepository subscriptions, FeedTokenVersions versions, ServerCatalog servers,
                            PanelGateways gateways, SubscriptionProvisioner provisioner, TransactionRunner transactions,
                            Clock clock) {
        this.subscriptions = subscriptions;
        this.versions = versions;
        this.servers = servers;
        this.gateways = gateways;
        this.provisioner = provisioner;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result reset(Command command) {
        Optional<Subscription> found = subscriptions.findById(command.subscription())
                .filter(s -> s.owner().equals(command.user()));
        if (found.isEmpty()) {
            return new Refused(Reason.UNKNOWN_SUBSCRIPTION);
        }
        Subscription current = found.get();
        Optional<ServerSettings> server = servers.find(current.server());
        if (server.isEmpty() || current.status() == SubscriptionStatus.REVOKED
                || current.status() == SubscriptionStatus.PENDING_ACTIVATION) {
            return new Refused(Reason.NOT_RESETTABLE);
        }
        int version = versions.current(command.user());
        if (command.expectedVersion() == null) {
            return new Prepared(version, server.get().displayName());
        }
        if (command.expectedVersion() != version) {
            return new AlreadyReset(version, provisioner.accessFor(current, server.get()));
        }
        ClientCredential fresh = new ClientCredential(current.credential().email(),
                server.get().issueCredential(current.owner(), current.id()).secret());
        Subscription target = current.copy();
        target.replaceCredential(fresh);
        try {
            // Every server it is on (all-locations plans: each of them) takes the new secret before it is stored.
            for (dev.tollgate.domain.server.ServerId on : subscriptions.serversOf(current)) {
                gateways.forServer(on).createClient(provisioner.clientFor(target, clock.instant()));
            }
        } catch (PanelException e) {
            if (subscriptions.serversOf(current).size() > 1) {
                restore(current); // the servers that took the new secret get the stored one back
            }
            LOG.log(Level.WARNING, "link reset of {0} not done: the panel of {1} did not take it: {2}",
                    current.id(), current.server(), e.getMessage());
            return new Refused(Reason.PANEL_UNAVAILABLE);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> store(command, fresh, server.get()));
            } catch (ConcurrentUpdateException raced) {
                if (attempt == MAX_ATTEMPTS) {
                    restore(current);
                    throw raced;
                }
            }
        }
    }

    private Result store(Command command, ClientCredential fresh, ServerSettings server) {
        Subscription stored = subscriptions.findById(command.subscription()).orElseThrow();
        stored.replaceCredential(fresh);
        subscriptions.update(stored);
        int version = versions.advance(command.user(), clock.instant());
        LOG.log(Level.INFO, "user {0} reset the link of subscription {1}", command.user().value(), stored.id());
        return new Reset(version, provisioner.accessFor(subscriptions.findById(stored.id()).orElseThrow(), server));
    }

    /** Puts the stored secret back on the panel, so the panel and the database agree again; best effort. */
    private void restore(Subscription current) {
        for (dev.tollgate.domain.server.ServerId on : subscriptions.serversOf(current)) {
            try {
                gateways.forServer(on).createClient(provisioner.clientFor(current, clock.instant()));
            } catch (PanelException e) {
                LOG.log(Level.WARNING, "could not put the stored secret of {0} back on {1}: {2}", current.id(), on,
                        e.getMessage());
            }
        }
    }
}
