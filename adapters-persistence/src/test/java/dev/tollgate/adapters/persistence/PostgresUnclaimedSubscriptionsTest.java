package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.UnclaimedSubscriptionsContract;
import dev.tollgate.application.port.out.UnclaimedSubscriptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresUnclaimedSubscriptionsTest extends UnclaimedSubscriptionsContract {

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
    protected UnclaimedSubscriptions store() {
        return injector.getInstance(UnclaimedSubscriptions.class);
    }
}
