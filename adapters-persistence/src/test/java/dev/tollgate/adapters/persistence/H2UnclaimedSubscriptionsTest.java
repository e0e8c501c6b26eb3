package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.UnclaimedSubscriptionsContract;
import dev.tollgate.application.port.out.UnclaimedSubscriptions;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2UnclaimedSubscriptionsTest extends UnclaimedSubscriptionsContract {

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
    protected UnclaimedSubscriptions store() {
        return injector.getInstance(UnclaimedSubscriptions.class);
    }
}
