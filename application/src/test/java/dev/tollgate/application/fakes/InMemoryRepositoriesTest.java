package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.RepositoryContract;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.TrialClaims;

class InMemoryRepositoriesTest extends RepositoryContract {

    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryTrialClaims claims = new InMemoryTrialClaims();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();

    @Override
    protected CustomerRepository customers() {
        return customers;
    }

    @Override
    protected SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    @Override
    protected TrialClaims trialClaims() {
        return claims;
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }
}
