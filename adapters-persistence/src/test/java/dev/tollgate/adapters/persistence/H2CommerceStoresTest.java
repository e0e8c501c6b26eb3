package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.AutoRenewClaimsContract;
import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.contracts.DiscountCodesContract;
import dev.tollgate.application.contracts.OrderRepositoryContract;
import dev.tollgate.application.contracts.PaymentRepositoryContract;
import dev.tollgate.application.contracts.PlanRepositoryContract;
import dev.tollgate.application.contracts.ProvisioningQueueContract;
import dev.tollgate.application.contracts.ReferralsContract;
import dev.tollgate.application.contracts.ReminderLogContract;
import dev.tollgate.application.contracts.WalletLedgerContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** Every commerce contract, and the races only a database can show, on H2 in file mode. */
class H2CommerceStoresTest {

    @TempDir
    static Path directory;
    private static Injector injector;
    private static CommerceStores stores;

    @BeforeAll
    static void start() {
        injector = TestDatabases.h2(directory);
        stores = JooqCommerceStores.of(injector);
    }

    @AfterAll
    static void stop() {
        TestDatabases.stop(injector);
    }

    @Nested
    class Plans extends PlanRepositoryContract {
        @Override
        protected CommerceStores stores() {
            return stores;
        }
    }

    @Nested
    class Orders extends OrderRepositoryContract {
        @Override
        protected CommerceStores stores() {
            return stores;
        }
    }

    @Nested
    class Payments extends PaymentRepositoryContract {
        @Override
        protected CommerceStores stores() {
            return stores;
        }
    }

    @Nested
    class Ledger extends WalletLedgerContract {
        @Override
        protected CommerceStores stores() {
            return stores;
        }
    }

    @Nested
    class Provisioning extends ProvisioningQueueContract {
        @Override
        protected CommerceStores stores() {
            return stores;
        }
    }

    @Nested
    class ReferralStore extends ReferralsContract {
        @Override
        protected CommerceStores stores() {
            return stores;
        }
    }

    @Nested
    class Discounts extends DiscountCodesContract {
        @Override
        protected CommerceStores stores() {
            return stores;
        }
    }

    @Nested
    class Reminders extends ReminderLogContract {
        @Override
        protected CommerceStores stores() {
            return stores;
        }
    }

    @Nested
    class AutoRenewals extends AutoRenewClaimsContract {
        @Override
        protected CommerceStores stores() {
            return stores;
        }
    }

    @Nested
    class DueReminders extends JooqDueRemindersContract {
        @Override
        protected Injector injector() {
            return injector;
        }
    }

    @Nested
    class Races extends JooqCommerceStoreRaces {
        @Override
        protected CommerceStores stores() {
            return stores;
        }

        @Override
        protected Injector injector() {
            return injector;
        }
    }
}
