package dev.tollgate.application.service.customer;

import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;

/** Records a customer's chosen language and whether they blocked the bot, retrying once when the row changed. */
public final class ChangeCustomerSettingsService implements ChangeCustomerSettingsUseCase {

    private final CustomerRepository customers;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ChangeCustomerSettingsService(CustomerRepository customers, TransactionRunner transactions, Clock clock) {
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean chooseLanguage(TelegramUserId user, Language language) {
        return change(user, customer -> customer.chooseLanguage(language)) || known(user);
    }

    @Override
    public boolean botBlocked(TelegramUserId user) {
        return change(user, customer -> customer.blockedTheBot(clock.instant()));
    }

    @Override
    public boolean hasBlockedTheBot(TelegramUserId user) {
        return transactions.inTransaction(() -> customers.findById(user))
                .flatMap(Customer::blockedBotAt).isPresent();
    }

    @Override
    public Language languageOf(TelegramUserId user) {
        return transactions.inTransaction(() -> customers.findById(user)).map(Customer::language).orElse(Language.EN);
    }

    private boolean known(TelegramUserId user) {
        return transactions.inTransaction(() -> customers.findById(user)).isPresent();
    }

    private boolean change(TelegramUserId user, Predicate<Customer> change) {
        for (int attempt = 0; ; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    Optional<Customer> customer = customers.findById(user);
                    if (customer.isEmpty() || !change.test(customer.get())) {
                        return false;
                    }
                    customers.update(customer.get());
                    return true;
                });
            } catch (ConcurrentUpdateException raced) {
                if (attempt >= 2) {
                    throw raced;
                }
            }
        }
    }
}
