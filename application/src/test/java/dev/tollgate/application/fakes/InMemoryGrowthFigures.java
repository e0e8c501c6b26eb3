package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.GrowthFigures;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The growth figures over the in-memory stores, by the same rules as the SQL: a trial is a TRIAL subscription. */
public final class InMemoryGrowthFigures implements GrowthFigures {

    private final InMemoryCustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final OrderRepository orders;
    private final PaymentRepository payments;

    public InMemoryGrowthFigures(InMemoryCustomerRepository customers, SubscriptionRepository subscriptions,
                                 OrderRepository orders, PaymentRepository payments) {
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.orders = orders;
        this.payments = payments;
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    @Override
    public List<Instant> firstContacts(Instant from, Instant to) {
        return customers.ids().stream().map(id -> customers.findById(id).orElseThrow()).map(Customer::firstSeenAt)
                .filter(at -> within(at, from, to)).sorted().toList();
    }

    @Override
    public List<TrialStart> trialsStarted(Instant from, Instant to) {
        return subscriptions.findByStatus(EnumSet.allOf(SubscriptionStatus.class)).stream()
                .filter(s -> s.kind() == SubscriptionKind.TRIAL && within(s.createdAt(), from, to))
                .sorted(Comparator.comparing(s -> s.createdAt()))
                .map(s -> new TrialStart(s.owner(), s.createdAt(), orders.findByCustomer(s.owner()).stream()
                        .anyMatch(o -> o.kind() != OrderKind.WALLET_TOP_UP
                                && o.paidAt().filter(at -> !at.isBefore(s.createdAt())).isPresent())))
                .toList();
    }

    @Override
    public Map<OrderId, PaymentProvider> providersOfOrdersPaid(Instant from, Instant to) {
        Map<OrderId, PaymentProvider> providers = new HashMap<>();
        for (Order order : orders.findPaidBetween(from, to)) {
            payments.findByOrder(order.id()).stream().filter(p -> p.status() == PaymentStatus.CONFIRMED)
                    .map(Payment::provider).findFirst().ifPresent(provider -> providers.put(order.id(), provider));
        }
        return providers;
    }
}
