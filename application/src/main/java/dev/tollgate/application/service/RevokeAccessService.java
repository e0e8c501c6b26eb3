package dev.tollgate.application.service;

import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Clock;
import java.util.Optional;

/** Removes the client from its panel first (so a revoked subscription never keeps working), then revokes it. */
public final class RevokeAccessService implements RevokeAccessUseCase {

    private final AdminDirectory admins;
    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionProvisioner provisioner;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;

    public RevokeAccessService(AdminDirectory admins, SubscriptionRepository subscriptions, ServerCatalog servers,
                               PanelGateways gateways, SubscriptionProvisioner provisioner,
                               TransactionRunner transactions, CustomerNotices notices, Clock clock) {
        this.admins = admins;
        this.subscriptions = subscriptions;
        this.servers = servers;
        this.gateways = gateways;
        this.provisioner = provisioner;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Result revoke(Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "revoke " + command.subscription())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Optional<Subscription> found = subscriptions.findById(command.subscription());
        if (found.isEmpty()) {
            return new Refused(Reason.UNKNOWN_SUBSCRIPTION);
        }
        if (found.get().status() == SubscriptionStatus.REVOKED) {
            return new Refused(Reason.ALREADY_REVOKED);
        }
        Subscription subscription = found.get();
        if (servers.find(subscription.server()).isPresent()) {
            try {
                gateways.forServer(subscription.server())
                        .deleteClient(provisioner.clientFor(subscription, clock.instant()));
            } catch (PanelException e) {
                return new Refused(Reason.PANEL_UNAVAILABLE);
            }
        }
        transactions.run(() -> {
            Subscription current = subscriptions.findById(subscription.id()).orElseThrow();
            if (current.status() != SubscriptionStatus.REVOKED) {
                current.revoke();
                subscriptions.update(current);
            }
        });
        notices.send(subscription.owner(),
                new Notice.AccessSuspended(subscription.id(), Notice.SuspensionReason.REVOKED));
        return new Revoked(subscription.id());
    }
}
