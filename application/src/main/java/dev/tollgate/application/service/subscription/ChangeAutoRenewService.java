package dev.tollgate.application.service.subscription;

import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.Optional;

/** Switches auto-renewal of a user's own paid subscription. */
public final class ChangeAutoRenewService implements ChangeAutoRenewUseCase {

    private final SubscriptionRepository subscriptions;
    private final TransactionRunner transactions;

    public ChangeAutoRenewService(SubscriptionRepository subscriptions, TransactionRunner transactions) {
        this.subscriptions = subscriptions;
        this.transactions = transactions;
    }

    @Override
    public Result change(Command command) {
        return transactions.inTransaction(() -> {
            Optional<Subscription> found = subscriptions.findById(command.subscription())
                    .filter(s -> s.owner().equals(command.user()));
            if (found.isEmpty()) {
                return new Refused(Reason.UNKNOWN_SUBSCRIPTION);
            }
            Subscription subscription = found.get();
            if (subscription.kind() == SubscriptionKind.TRIAL || subscription.plan().isEmpty()
                    || subscription.status() == SubscriptionStatus.REVOKED) {
                return new Refused(Reason.NOT_RENEWABLE);
            }
            if (subscription.autoRenew() != command.enabled()) {
                subscription.changeAutoRenew(command.enabled());
                subscriptions.update(subscription);
            }
            return new Changed(command.enabled());
        });
    }
}
