package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import dev.tollgate.application.port.in.StaffMoveSubscriptionUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.subscription.Subscription;
import java.time.Clock;
import java.util.Optional;

/** An admin's move of a customer's subscription: the role is checked here, the move is the customer's own, audited. */
public final class StaffMoveSubscriptionService implements StaffMoveSubscriptionUseCase {

    private final AdminDirectory staff;
    private final SubscriptionRepository subscriptions;
    private final MoveSubscriptionUseCase moves;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public StaffMoveSubscriptionService(AdminDirectory staff, SubscriptionRepository subscriptions,
                                        MoveSubscriptionUseCase moves, AuditLog audit, TransactionRunner transactions,
                                        Clock clock) {
        this.staff = staff;
        this.subscriptions = subscriptions;
        this.moves = moves;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public java.util.List<dev.tollgate.application.port.in.ListLocationsUseCase.Location> targets(
            dev.tollgate.domain.customer.TelegramUserId admin, dev.tollgate.domain.subscription.SubscriptionId subscription) {
        if (!StaffGuard.allows(staff, admin, StaffRole.ADMIN, "list the locations of " + subscription)) {
            return java.util.List.of();
        }
        return subscriptions.findById(subscription)
                .map(s -> moves.targets(new MoveSubscriptionUseCase.Targets(s.owner(), s.id())))
                .orElse(java.util.List.of());
    }

    @Override
    public Result move(Command command) {
        if (!StaffGuard.allows(staff, command.admin(), StaffRole.ADMIN, "move " + command.subscription())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Optional<Subscription> found = subscriptions.findById(command.subscription());
        if (found.isEmpty()) {
            return new Refused(Reason.UNKNOWN_SUBSCRIPTION);
        }
        Subscription before = found.get();
        MoveSubscriptionUseCase.Result result = moves.move(new MoveSubscriptionUseCase.Command(before.owner(),
                before.id(), command.target()));
        boolean changed = !before.server().equals(command.target()) && !before.move().underWay()
                && (result instanceof MoveSubscriptionUseCase.Moved || result instanceof MoveSubscriptionUseCase.Underway);
        if (changed) {
            transactions.run(() -> audit.record(new AuditEntry(clock.instant(), command.admin(), AuditAction.SUBSCRIPTION_MOVED,
                    "subscription " + before.id(), "server " + before.server(), "server " + command.target())));
        }
        return new Outcome(result);
    }
}
