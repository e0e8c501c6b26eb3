package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Optional;

/** Stores the people who have talked to the bot. */
public interface CustomerRepository {

    Optional<Customer> findById(TelegramUserId id);

    /** Inserts a new customer; throws {@link DuplicateKeyException} when one with that id exists. */
    void insert(Customer customer);

    /** Updates an existing customer; throws {@link ConcurrentUpdateException} when its version is stale. */
    void update(Customer customer);
}
