package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.BroadcastAudience;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.broadcast.Segment;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The segments over the in-memory customers, subscriptions and orders, by the same rules as the SQL. */
public final class InMemoryBroadcastAudience implements BroadcastAudience {

    private static final Set<SubscriptionStatus> LIVE = Set.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.LIMITED,
            SubscriptionStatus.PENDING_ACTIVATION, SubscriptionStatus.SUSPENDED);

    private final Supplier<List<TelegramUserId>> customerIds;
    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final OrderRepository orders;

    public InMemoryBroadcastAudience(InMemoryCustomerRepository customers, SubscriptionRepository subscriptions,
                                     OrderRepository orders) {
        this.customerIds = customers::ids;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.orders = orders;
    }

    @Override
    public List<TelegramUserId> members(Segment segment) {
        return customerIds.get().stream()
                .map(id -> customers.findById(id).orElseThrow())
                .filter(customer -> customer.blockedBotAt().isEmpty() && customer.bannedAt().isEmpty())
                .filter(customer -> belongs(customer, segment))
                .map(Customer::id)
                .sorted(Comparator.comparingLong(TelegramUserId::value))
                .toList();
    }

    private boolean belongs(Customer customer, Segment segment) {
        List<Subscription> held = subscriptions.findByOwner(customer.id());
        boolean paid = orders.findByCustomer(customer.id()).stream().anyMatch(order -> order.paidAt().isPresent());
        return switch (segment.kind()) {
            case ALL -> true;
            case ACTIVE -> held.stream().anyMatch(s -> s.status() == SubscriptionStatus.ACTIVE);
            case EXPIRED -> !held.isEmpty() && held.stream().noneMatch(s -> LIVE.contains(s.status()));
            case TRIAL_ONLY -> !paid && held.stream().anyMatch(s -> s.kind() == SubscriptionKind.TRIAL);
            case NEVER_PAID -> !paid;
            case LANGUAGE -> customer.language() == segment.language();
        };
    }
}
