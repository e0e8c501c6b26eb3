package dev.tollgate.application.contracts;

import org.junit.jupiter.api.Nested;

/**
 * Every commerce store contract as one suite: extend it once per implementation (in memory, H2, PostgreSQL) and
 * return that implementation's stores; the nested classes run each contract against them.
 */
public abstract class CommerceStoresSuite {

    /** The stores under test, the same for every nested contract of one run. */
    protected abstract CommerceStores commerceStores();

    @Nested
    class Plans extends PlanRepositoryContract {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }
    }

    @Nested
    class Orders extends OrderRepositoryContract {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }
    }

    @Nested
    class Payments extends PaymentRepositoryContract {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }
    }

    @Nested
    class Ledger extends WalletLedgerContract {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }
    }

    @Nested
    class Provisioning extends ProvisioningQueueContract {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }
    }

    @Nested
    class ReferralStore extends ReferralsContract {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }
    }

    @Nested
    class Discounts extends DiscountCodesContract {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }
    }

    @Nested
    class Reminders extends ReminderLogContract {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }
    }

    @Nested
    class AutoRenewals extends AutoRenewClaimsContract {
        @Override
        protected CommerceStores stores() {
            return commerceStores();
        }
    }
}
