package dev.tollgate.application.service.admin;

import dev.tollgate.application.port.in.ResetTrafficUseCase;
import dev.tollgate.application.port.in.SuspendAccessUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.application.service.common.AdminGuard;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An admin's switches on one subscription: suspend and resume, and resetting its traffic. The panel is changed
 * first and the subscription stored after, so a panel that does not answer changes nothing (the admin is told and
 * may press again); each change that happened is written to the audit log in the same transaction as the change.
 */
public final class AccessControlService implements SuspendAccessUseCase, ResetTrafficUseCase {

    private static final System.Logger LOG = System.getLogger(AccessControlService.class.getName());

    private final AdminDirectory admins;
    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionProvisioner provisioner;
    private final UsageRecords usage;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;

    public AccessControlService(AdminDirectory admins, SubscriptionRepository subscriptions, ServerCatalog servers,
                                PanelGateways gateways, SubscriptionProvisioner provisioner, UsageRecords usage,
                                AuditLog audit, TransactionRunner transactions, CustomerNotices notices, Clock clock) {
        this.notices = notices;
        this.admins = admins;
        this.subscriptions = subscriptions;
        this.servers = servers;
        this.gateways = gateways;
        this.provisioner = provisioner;
        this.usage = usage;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SuspendAccessUseCase.Result change(SuspendAccessUseCase.Command command) {
        String action = (command.suspend() ? "suspend " : "resume ") + command.subscription();
        if (!AdminGuard.allows(admins, command.admin(), action)) {
            return new SuspendAccessUseCase.Refused(SuspendAccessUseCase.Reason.NOT_AN_ADMIN);
        }
        Optional<Subscription> found = subscriptions.findById(command.subscription());
        if (found.isEmpty()) {
            return new SuspendAccessUseCase.Refused(SuspendAccessUseCase.Reason.UNKNOWN_SUBSCRIPTION);
        }
        Subscription current = found.get();
        boolean suspended = current.status() == SubscriptionStatus.SUSPENDED;
        if (suspended == command.suspend()) {
            return new SuspendAccessUseCase.Unchanged(suspended);
        }
        if (command.suspend() && current.status() != SubscriptionStatus.ACTIVE
                && current.status() != SubscriptionStatus.LIMITED) {
            return new SuspendAccessUseCase.Refused(SuspendAccessUseCase.Reason.NOT_SUSPENDABLE);
        }
        Instant now = clock.instant();
        Subscription target = current.copy();
        if (command.suspend()) {
            target.suspend(now);
        } else {
            target.resume(now);
        }
        if (servers.find(current.server()).isPresent()) {
            try {
                if (command.suspend()) {
                    gateways.forServer(current.server()).disableClient(provisioner.clientFor(target, now));
                } else {
                    gateways.forServer(current.server()).createClient(provisioner.clientFor(target, now));
                }
            } catch (PanelException e) {
                LOG.log(Level.WARNING, "{0} not done: the panel of {1} did not take it: {2}", action, current.server(),
                        e.getMessage());
                return new SuspendAccessUseCase.Refused(SuspendAccessUseCase.Reason.PANEL_UNAVAILABLE);
            }
        }
        Optional<Subscription> changed = transactions.inTransaction(() -> {
            Subscription fresh = subscriptions.findById(current.id()).orElseThrow();
            boolean done;
            if (command.suspend()) {
                done = (fresh.status() == SubscriptionStatus.ACTIVE || fresh.status() == SubscriptionStatus.LIMITED)
                        && fresh.suspend(now);
            } else {
                done = fresh.resume(now);
            }
            if (!done) {
                return Optional.<Subscription>empty();
            }
            subscriptions.update(fresh);
            audit.record(new AuditEntry(now, command.admin(),
                    command.suspend() ? AuditAction.ACCESS_SUSPENDED : AuditAction.ACCESS_RESUMED,
                    "subscription " + current.id().value(), current.status().name(),
                    fresh.status().name() + fresh.expiresAt().map(at -> ", expires " + at).orElse("")));
            return Optional.of(fresh);
        });
        if (changed.isEmpty()) {
            // Someone else changed it between our read and our write; the panel holds what the press asked for.
            return new SuspendAccessUseCase.Unchanged(subscriptions.findById(current.id())
                    .map(s -> s.status() == SubscriptionStatus.SUSPENDED).orElse(command.suspend()));
        }
        Subscription stored = changed.get();
        if (stored.status() == SubscriptionStatus.SUSPENDED) {
            notices.send(stored.owner(), new Notice.AccessSuspended(stored.id(), Notice.SuspensionReason.SUSPENDED_BY_SHOP));
        } else {
            servers.find(stored.server()).ifPresent(server ->
                    notices.send(stored.owner(), new Notice.AccessGranted(provisioner.accessFor(stored, server))));
        }
        return new SuspendAccessUseCase.Changed(stored.status() == SubscriptionStatus.SUSPENDED,
                stored.expiresAt().orElse(null));
    }

    @Override
    public ResetTrafficUseCase.Result reset(ResetTrafficUseCase.Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "reset the traffic of " + command.subscription())) {
            return new ResetTrafficUseCase.Refused(ResetTrafficUseCase.Reason.NOT_AN_ADMIN);
        }
        Optional<Subscription> found = subscriptions.findById(command.subscription());
        if (found.isEmpty()) {
            return new ResetTrafficUseCase.Refused(ResetTrafficUseCase.Reason.UNKNOWN_SUBSCRIPTION);
        }
        Subscription current = found.get();
        if (current.status() == SubscriptionStatus.REVOKED || current.status() == SubscriptionStatus.PENDING_ACTIVATION) {
            return new ResetTrafficUseCase.Refused(ResetTrafficUseCase.Reason.NOT_RESETTABLE);
        }
        Instant now = clock.instant();
        Subscription target = current.copy();
        target.resetTraffic();
        if (servers.find(current.server()).isPresent()) {
            try {
                var gateway = gateways.forServer(current.server());
                gateway.resetTraffic(provisioner.clientFor(target, now));
                if (current.status() == SubscriptionStatus.LIMITED && target.status() == SubscriptionStatus.ACTIVE) {
                    gateway.createClient(provisioner.clientFor(target, now));
                }
            } catch (PanelException e) {
                LOG.log(Level.WARNING, "traffic of {0} not reset: the panel of {1} did not take it: {2}", current.id(),
                        current.server(), e.getMessage());
                return new ResetTrafficUseCase.Refused(ResetTrafficUseCase.Reason.PANEL_UNAVAILABLE);
            }
        }
        boolean reactivated = transactions.inTransaction(() -> {
            Subscription fresh = subscriptions.findById(current.id()).orElseThrow();
            if (fresh.status() == SubscriptionStatus.REVOKED) {
                return false;
            }
            SubscriptionStatus before = fresh.status();
            String used = fresh.trafficUsed().bytes() + " bytes used";
            fresh.resetTraffic();
            subscriptions.update(fresh);
            usage.record(fresh.server(), Map.of(fresh.id(), TrafficUsage.NONE), now);
            audit.record(new AuditEntry(now, command.admin(), AuditAction.TRAFFIC_RESET,
                    "subscription " + current.id().value(), used + ", " + before.name(),
                    "0 bytes used, " + fresh.status().name()));
            return before == SubscriptionStatus.LIMITED && fresh.status() == SubscriptionStatus.ACTIVE;
        });
        return new ResetTrafficUseCase.Reset(reactivated);
    }
}
