package dev.tollgate.application.service.servers;

import dev.tollgate.application.port.in.RemoveServerUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.staff.StaffGuard;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Removes a stored server that carries no live subscription; the removal and its audit line share a transaction. */
public final class RemoveServerService implements RemoveServerUseCase {

    private final AdminDirectory staff;
    private final ServerCatalog catalog;
    private final ServerRepository stored;
    private final SubscriptionRepository subscriptions;
    private final PanelGateways gateways;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RemoveServerService(AdminDirectory staff, ServerCatalog catalog, ServerRepository stored,
                               SubscriptionRepository subscriptions, PanelGateways gateways, AuditLog audit,
                               TransactionRunner transactions, Clock clock) {
        this.staff = staff;
        this.catalog = catalog;
        this.stored = stored;
        this.subscriptions = subscriptions;
        this.gateways = gateways;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result remove(Command command) {
        if (!StaffGuard.allows(staff, command.admin(), StaffRole.ADMIN, "remove server " + command.id())) {
            return new Refused(Reason.NOT_AN_ADMIN, 0);
        }
        Optional<ServerSettings> server = stored.findById(command.id());
        boolean configured = catalog.find(command.id()).filter(s -> !server.equals(Optional.of(s))).isPresent();
        if (configured) {
            return new Refused(Reason.CONFIGURED, 0);
        }
        if (server.isEmpty()) {
            return new Refused(Reason.UNKNOWN_SERVER, 0);
        }
        int live = LiveSubscriptions.on(subscriptions, command.id());
        if (live > 0) {
            return new Refused(Reason.IN_USE, live);
        }
        Instant now = clock.instant();
        transactions.run(() -> {
            stored.delete(command.id());
            audit.record(new AuditEntry(now, command.admin(), AuditAction.SERVER_REMOVED, "server " + command.id(),
                    ServerDescriptions.describe(server.get()), ""));
        });
        gateways.forget(command.id());
        return new Removed();
    }
}
