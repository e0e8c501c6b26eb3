package dev.tollgate.application.service.admin;

import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.AdminGuard;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.common.Outcome;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An admin's changes to one subscription's access, without payment: an extension is stored first and then brought
 * onto the panel (re-enabling a client that was cut); a revocation removes the client from its panel first, so a
 * revoked subscription never keeps working, and then revokes it.
 */
public final class AccessChangeService implements ExtendAccessUseCase, RevokeAccessUseCase {

    private static final System.Logger LOG = System.getLogger(AccessChangeService.class.getName());

    private final AdminDirectory admins;
    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionProvisioner provisioner;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;

    public AccessChangeService(AdminDirectory admins, SubscriptionRepository subscriptions, ServerCatalog servers,
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
    public ExtendAccessUseCase.Result extend(ExtendAccessUseCase.Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "extend " + command.subscription())) {
            return new ExtendAccessUseCase.Refused(ExtendAccessUseCase.Reason.NOT_AN_ADMIN);
        }
        Instant now = clock.instant();
        Outcome<ExtendAccessUseCase.Reason, Subscription> outcome = transactions.inTransaction(() -> {
            Optional<Subscription> found = subscriptions.findById(command.subscription());
            if (found.isEmpty()) {
                return Outcome.refused(ExtendAccessUseCase.Reason.UNKNOWN_SUBSCRIPTION);
            }
            Subscription subscription = found.get();
            if (subscription.status() == SubscriptionStatus.REVOKED) {
                return Outcome.refused(ExtendAccessUseCase.Reason.REVOKED);
            }
            subscription.extend(command.extraTime(), command.extraTraffic(), now);
            subscriptions.update(subscription);
            return Outcome.of(subscriptions.findById(subscription.id()).orElseThrow());
        });
        if (outcome.refusal().isPresent()) {
            return new ExtendAccessUseCase.Refused(outcome.refusal().get());
        }
        Subscription extended = outcome.value();
        Optional<ServerSettings> server = servers.find(extended.server());
        boolean panelUpdated = false;
        if (server.isPresent() && extended.status() != SubscriptionStatus.PENDING_ACTIVATION) {
            try {
                for (dev.tollgate.domain.server.ServerId on : subscriptions.serversOf(extended)) {
                    gateways.forServer(on).createClient(provisioner.clientFor(extended, now));
                }
                panelUpdated = true;
            } catch (PanelException e) {
                LOG.log(Level.WARNING, "extension of {0} stored but not on the panel yet: {1}", extended.id(),
                        e.getMessage());
            }
        }
        AccessDetails access = server.map(s -> provisioner.accessFor(extended, s)).orElse(null);
        if (access != null) {
            notices.send(extended.owner(), new Notice.AccessGranted(access));
        }
        return new ExtendAccessUseCase.Extended(access, panelUpdated);
    }

    @Override
    public RevokeAccessUseCase.Result revoke(RevokeAccessUseCase.Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "revoke " + command.subscription())) {
            return new RevokeAccessUseCase.Refused(RevokeAccessUseCase.Reason.NOT_AN_ADMIN);
        }
        Optional<Subscription> found = subscriptions.findById(command.subscription());
        if (found.isEmpty()) {
            return new RevokeAccessUseCase.Refused(RevokeAccessUseCase.Reason.UNKNOWN_SUBSCRIPTION);
        }
        if (found.get().status() == SubscriptionStatus.REVOKED) {
            return new RevokeAccessUseCase.Refused(RevokeAccessUseCase.Reason.ALREADY_REVOKED);
        }
        Subscription subscription = found.get();
        // Every server it is on (all-locations plans): a panel that does not answer refuses the revoke, which is
        // then asked again; deleting a client that is already gone is not an error.
        for (dev.tollgate.domain.server.ServerId on : subscriptions.serversOf(subscription)) {
            if (servers.find(on).isEmpty()) {
                continue;
            }
            try {
                gateways.forServer(on).deleteClient(provisioner.clientFor(subscription, clock.instant()));
            } catch (PanelException e) {
                return new RevokeAccessUseCase.Refused(RevokeAccessUseCase.Reason.PANEL_UNAVAILABLE);
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
        return new RevokeAccessUseCase.Revoked(subscription.id());
    }
}
