package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.contracts.CommerceStoresSuite;
import dev.tollgate.application.contracts.ProviderPaymentsSafetyContract;
import dev.tollgate.application.port.out.PaymentCheckouts;
import org.junit.jupiter.api.Nested;

/** Every commerce contract, plus the due-reminder query and the races only a database can show; once per database. */
abstract class JooqCommerceStoresSuite extends CommerceStoresSuite {

    /** The started persistence module of the database under test. */
    protected abstract Injector injector();

    @Override
    protected CommerceStores commerceStores() {
        return JooqCommerceStores.of(injector());
    }

    @Nested
    class DueReminders extends JooqDueRemindersContract {
        @Override
        protected Injector injector() {
            return JooqCommerceStoresSuite.this.injector();
        }
    }

    @Nested
    class Races extends JooqCommerceStoreRaces {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }

        @Override
        protected Injector injector() {
            return JooqCommerceStoresSuite.this.injector();
        }
    }

    @Nested
    class ProviderPayments extends ProviderPaymentsSafetyContract {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }

        @Override
        protected PaymentCheckouts emptyCheckouts() {
            injector().getInstance(org.jooq.DSLContext.class)
                    .deleteFrom(dev.tollgate.adapters.persistence.generated.Tables.PAYMENT_CHECKOUTS).execute();
            return injector().getInstance(PaymentCheckouts.class);
        }
    }
}
