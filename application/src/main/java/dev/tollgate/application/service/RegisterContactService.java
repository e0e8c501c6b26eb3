package dev.tollgate.application.service;

import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import java.time.Clock;
import java.util.Optional;

/** Creates the customer at first contact and keeps their language in step with their Telegram client. */
public final class RegisterContactService implements RegisterContactUseCase {

    private final CustomerRepository customers;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RegisterContactService(CustomerRepository customers, TransactionRunner transactions, Clock clock) {
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result register(Command command) {
        Language language = Language.fromTag(command.languageTag());
        try {
            return transactions.inTransaction(() -> {
                Optional<Customer> existing = customers.findById(command.user());
                if (existing.isEmpty()) {
                    customers.insert(Customer.firstContact(command.user(), language, clock.instant()));
                    return new Result(language, true);
                }
                Customer customer = existing.get();
                if (command.languageTag() != null && customer.changeLanguage(language)) {
                    customers.update(customer);
                }
                return new Result(customer.language(), false);
            });
        } catch (DuplicateKeyException raced) {
            // Two first messages of the same user raced; the other one created the customer.
            return new Result(language, false);
        }
    }
}
