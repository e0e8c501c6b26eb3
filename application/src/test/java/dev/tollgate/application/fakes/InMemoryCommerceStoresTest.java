package dev.tollgate.application.fakes;

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
import org.junit.jupiter.api.Nested;

/** The in-memory commerce stores pass the same contracts as the database ones, so the fakes cannot lie. */
class InMemoryCommerceStoresTest {

    private final CommerceStores stores = InMemoryCommerceStores.create();

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
}
