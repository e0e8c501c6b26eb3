package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.in.ActivatePendingSubscriptionsUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The retry job's use case: provision what is pending, then send each owner the link they were promised. */
public final class ActivatePendingSubscriptionsService implements ActivatePendingSubscriptionsUseCase {

    private static final System.Logger LOG = System.getLogger(ActivatePendingSubscriptionsService.class.getName());

    private final SubscriptionRepository subscriptions;
    private final CustomerRepository customers;
    private final SubscriptionProvisioner provisioner;
    private final CustomerNotifier notifier;
    private final Clock clock;

    public ActivatePendingSubscriptionsService(SubscriptionRepository subscriptions, CustomerRepository customers,
                                               SubscriptionProvisioner provisioner, CustomerNotifier notifier, Clock clock) {
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.provisioner = provisioner;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public Result activatePending(Command command) {
        int activated = 0;
        int stillPending = 0;
        Instant youngest = clock.instant().minus(command.minimumAge());
        for (Subscription pending : subscriptions.findPendingActivation(command.batchSize())) {
            if (pending.kind() == SubscriptionKind.PAID) {
                // Paid subscriptions are delivered by their order's provisioning task, which also fulfils the order.
                continue;
            }
            if (pending.createdAt().isAfter(youngest)) {
                // The user's own request is probably still provisioning it and will answer them itself.
                stillPending++;
                continue;
            }
            Optional<SubscriptionProvisioner.Provisioned> provisioned = provisioner.provisionReporting(pending);
            if (provisioned.isEmpty()) {
                stillPending++;
                continue;
            }
            if (!provisioned.get().activatedByThisCall()) {
                // Someone else (the user's request, another instance) activated it and told the user.
                continue;
            }
            activated++;
            Optional<AccessDetails> access = Optional.of(provisioned.get().access());
            Language language = customers.findById(pending.owner()).map(Customer::language).orElse(Language.EN);
            try {
                notifier.notify(pending.owner(), language, new Notice.AccessReady(access.get()));
            } catch (RuntimeException e) {
                // The access exists and "My subscriptions" shows it; a failed message must not undo it.
                LOG.log(Level.WARNING, "could not tell user {0} that subscription {1} is ready: {2}",
                        pending.owner(), pending.id(), e.getMessage());
            }
        }
        return new Result(activated, stillPending);
    }
}
