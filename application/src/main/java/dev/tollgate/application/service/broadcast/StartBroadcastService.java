package dev.tollgate.application.service.broadcast;

import dev.tollgate.application.port.in.StartBroadcastUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.BroadcastAudience;
import dev.tollgate.application.port.out.Broadcasts;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.broadcast.Broadcast;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fixes a confirmed broadcast's recipients and stores it with one delivery row each, audited in the same
 * transaction; the sending job takes it from there. A second confirmation of the same id stores nothing.
 */
public final class StartBroadcastService implements StartBroadcastUseCase {

    private final AdminDirectory staff;
    private final BroadcastAudience audience;
    private final Broadcasts broadcasts;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public StartBroadcastService(AdminDirectory staff, BroadcastAudience audience, Broadcasts broadcasts, AuditLog audit,
                                 TransactionRunner transactions, Clock clock) {
        this.staff = staff;
        this.audience = audience;
        this.broadcasts = broadcasts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result start(Command command) {
        if (!BroadcastRules.allows(staff, command.admin(), "start a broadcast")) {
            return new Refused(Reason.NOT_AN_ADMIN, "");
        }
        if (broadcasts.find(command.id()).isPresent()) {
            return new AlreadyStarted(command.id());
        }
        Optional<String> problem = BroadcastRules.problem(command.message());
        if (problem.isPresent()) {
            return new Refused(Reason.INVALID_MESSAGE, problem.get());
        }
        List<TelegramUserId> recipients = audience.members(command.segment());
        if (recipients.isEmpty()) {
            return new Refused(Reason.NO_RECIPIENTS, "");
        }
        Instant now = clock.instant();
        Broadcast broadcast = Broadcast.start(command.id(), command.admin(), command.message(), command.segment(),
                recipients.size(), now);
        try {
            transactions.run(() -> {
                broadcasts.insert(broadcast, recipients);
                audit.record(new AuditEntry(now, command.admin(), AuditAction.BROADCAST_STARTED, "broadcast " + command.id(),
                        "", command.segment().code() + ", " + recipients.size() + " recipients: "
                        + command.message().html()));
            });
        } catch (DuplicateKeyException twice) {
            return new AlreadyStarted(command.id());
        }
        return new Started(command.id(), recipients.size());
    }
}
