package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.StorefrontStoresContract;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.FeedTokenVersions;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TermsAcceptances;
import dev.tollgate.application.port.out.TransactionRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2StorefrontStoresTest extends StorefrontStoresContract {

    @TempDir
    static Path directory;
    private static Injector injector;

    @BeforeAll
    static void start() {
        injector = TestDatabases.h2(directory);
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
