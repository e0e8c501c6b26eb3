package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.StorefrontStoresContract;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.FeedTokenVersions;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TermsAcceptances;
import dev.tollgate.application.port.out.TransactionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresStorefrontStoresTest extends StorefrontStoresContract {

    private static Injector injector;

    @BeforeAll
    static void start() {
        injector = TestDatabases.postgres();
    }

    @AfterAll
    static void stop() {
        TestDatabases.stop(injector);
    }

    @Override
    protected FeedTokenVersions feedTokenVersions() {
        return injector.getInstance(FeedTokenVersions.class);
    }

    @Override
    protected TermsAcceptances termsAcceptances() {
        return injector.getInstance(TermsAcceptances.class);
    }

    @Override
    protected SubscriptionRepository subscriptions() {
        return injector.getInstance(SubscriptionRepository.class);
    }

    @Override
    protected CustomerRepository customers() {
        return injector.getInstance(CustomerRepository.class);
    }

    @Override
    protected TransactionRunner transactions() {
        return injector.getInstance(TransactionRunner.class);
    }
}
