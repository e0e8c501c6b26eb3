package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ShowCustomerCardUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.subscription.Subscription;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads one customer's card from the stores; nothing is changed. */
public final class ShowCustomerCardService implements ShowCustomerCardUseCase {

    private final AdminDirectory directory;
    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final WalletLedger ledger;
    private final OrderRepository orders;
    private final Referrals referrals;

    public ShowCustomerCardService(AdminDirectory directory, CustomerRepository customers,
                                   SubscriptionRepository subscriptions, WalletLedger ledger, OrderRepository orders,
                                   Referrals referrals) {
        this.directory = directory;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.orders = orders;
        this.referrals = referrals;
    }

    @Override
    public Result show(Command command) {
        if (!StaffGuard.allows(directory, command.staff(), StaffRole.SUPPORT, "see customer " + command.customer())) {
            return new Refused(Reason.NOT_STAFF);
        }
        Optional<Customer> customer = customers.findById(command.customer());
        if (customer.isEmpty()) {
            return new Refused(Reason.UNKNOWN_CUSTOMER);
        }
        List<Subscription> owned = subscriptions.findByOwner(command.customer()).stream()
                .sorted(Comparator.comparing(Subscription::createdAt).reversed()).toList();
        List<Order> placed = orders.findByCustomer(command.customer()).stream()
                .sorted(Comparator.comparing(Order::createdAt).reversed()).toList();
        int from = Math.min(Math.min(command.subscriptionPage(), 100_000) * RECENT, Math.max(0, (owned.size() - 1) / RECENT * RECENT));
        return new Card(customer.get(), owned.subList(from, Math.min(from + RECENT, owned.size())), owned.size(),
                ledger.wallets(command.customer()), placed.subList(0, Math.min(RECENT, placed.size())), placed.size(),
                referrals.countReferredBy(command.customer()), referrals.referrerOf(command.customer()));
    }
}
