package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.StorefrontStoresContract;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.FeedTokenVersions;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TermsAcceptances;
import dev.tollgate.application.port.out.TransactionRunner;

class InMemoryStorefrontStoresTest extends StorefrontStoresContract {

    private final InMemoryFeedTokenVersions versions = new InMemoryFeedTokenVersions();
    private final InMemoryTermsAcceptances terms = new InMemoryTermsAcceptances();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();

    @Override
    protected FeedTokenVersions feedTokenVersions() {
        return versions;
    }

    @Override
    protected TermsAcceptances termsAcceptances() {
        return terms;
    }

    @Override
    protected SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    @Override
    protected CustomerRepository customers() {
        return customers;
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }
}
