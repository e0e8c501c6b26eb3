package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Customers in a map, with the same version and key checks as the database. */
public final class InMemoryCustomerRepository implements CustomerRepository {

    private final Map<TelegramUserId, Customer> rows = new ConcurrentHashMap<>();

    /** Every customer's id, for the in-memory search. */
    public java.util.List<TelegramUserId> ids() {
        return java.util.List.copyOf(rows.keySet());
    }

    @Override
    public Optional<Customer> findById(TelegramUserId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryCustomerRepository::copy);
    }

    @Override
    public synchronized void insert(Customer customer) {
        if (rows.putIfAbsent(customer.id(), copy(customer)) != null) {
            throw new DuplicateKeyException("customer " + customer.id() + " exists");
        }
    }

    @Override
    public synchronized void update(Customer customer) {
        Customer stored = rows.get(customer.id());
        if (stored == null || stored.version() != customer.version()) {
            throw new ConcurrentUpdateException("customer " + customer.id() + " changed or vanished");
        }
        rows.put(customer.id(), Customer.rehydrate(customer.id(), customer.language(), customer.languageChosen(),
                customer.blockedBotAt().orElse(null), customer.firstSeenAt(), customer.profile(),
                customer.bannedAt().orElse(null), customer.version() + 1));
    }

    private static Customer copy(Customer c) {
        return Customer.rehydrate(c.id(), c.language(), c.languageChosen(), c.blockedBotAt().orElse(null), c.firstSeenAt(),
                c.profile(), c.bannedAt().orElse(null), c.version());
    }
}
