package dev.tollgate.application.service.broadcast;

import dev.tollgate.application.port.in.CancelBroadcastUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.Broadcasts;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.broadcast.Broadcast;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Stops a sending broadcast (the sender checks its status between messages) and audits it with the counts so far. */
public final class CancelBroadcastService implements CancelBroadcastUseCase {

    private final AdminDirectory staff;
    private final Broadcasts broadcasts;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public CancelBroadcastService(AdminDirectory staff, Broadcasts broadcasts, AuditLog audit,
                                  TransactionRunner transactions, Clock clock) {
        this.staff = staff;
        this.broadcasts = broadcasts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result cancel(Command command) {
        if (!BroadcastRules.allows(staff, command.admin(), "cancel broadcast " + command.id())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Optional<Broadcast> broadcast = broadcasts.find(command.id());
        if (broadcast.isEmpty()) {
            return new Refused(Reason.UNKNOWN_BROADCAST);
        }
        Instant now = clock.instant();
        boolean cancelled = transactions.inTransaction(() -> {
            if (!broadcasts.finish(command.id(), BroadcastStatus.CANCELLED, now)) {
                return false;
            }
            Map<DeliveryStatus, Integer> counts = broadcasts.counts(command.id());
            audit.record(new AuditEntry(now, command.admin(), AuditAction.BROADCAST_CANCELLED, "broadcast " + command.id(),
                    "sending", "cancelled: " + counts.get(DeliveryStatus.SENT) + " sent, "
                    + counts.get(DeliveryStatus.PENDING) + " not sent"));
            return true;
        });
        return cancelled ? new Cancelled(command.id()) : new Refused(Reason.ALREADY_FINISHED);
    }
}
