package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.CommerceStores;

/** A fresh set of in-memory commerce stores sharing one transaction runner. */
public final class InMemoryCommerceStores {

    private InMemoryCommerceStores() {
    }

    public static CommerceStores create() {
        return new CommerceStores(new InMemoryCustomerRepository(), new InMemorySubscriptionRepository(),
                new InMemoryPlanRepository(), new InMemoryOrderRepository(), new InMemoryPaymentRepository(),
                new InMemoryWalletLedger(), new InMemoryProvisioningQueue(), new InMemoryReferrals(),
                new InMemoryDiscountCodes(), new InMemoryReminderLog(), new InMemoryAutoRenewClaims(),
                new InMemoryTransactionRunner());
    }
}
