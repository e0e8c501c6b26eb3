package dev.tollgate.application.service;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Stores an admin's extension, then brings the panel in line (re-enabling a client that was cut). */
public final class ExtendAccessService implements ExtendAccessUseCase {

    private static final System.Logger LOG = System.getLogger(ExtendAccessService.class.getName());

    private final AdminDirectory admins;
    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionProvisioner provisioner;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;

    public ExtendAccessService(AdminDirectory admins, SubscriptionRepository subscriptions, ServerCatalog servers,
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
    public Result extend(Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "extend " + command.subscription())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Instant now = clock.instant();
        Object outcome = transactions.inTransaction(() -> {
            Optional<Subscription> found = subscriptions.findById(command.subscription());
            if (found.isEmpty()) {
                return Reason.UNKNOWN_SUBSCRIPTION;
            }
            Subscription subscription = found.get();
            if (subscription.status() == SubscriptionStatus.REVOKED) {
                return Reason.REVOKED;
            }
            subscription.extend(command.extraTime(), command.extraTraffic(), now);
            subscriptions.update(subscription);
            return subscriptions.findById(subscription.id()).orElseThrow();
        });
        if (outcome instanceof Reason reason) {
            return new Refused(reason);
        }
        Subscription extended = (Subscription) outcome;
        Optional<ServerSettings> server = servers.find(extended.server());
        boolean panelUpdated = false;
        if (server.isPresent() && extended.status() != SubscriptionStatus.PENDING_ACTIVATION) {
            try {
                gateways.forServer(extended.server()).createClient(provisioner.clientFor(extended, now));
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
        return new Extended(access, panelUpdated);
    }
}
