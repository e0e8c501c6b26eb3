package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.contracts.ProviderPaymentsSafetyContract;
import dev.tollgate.application.port.out.PaymentCheckouts;

class InMemoryProviderPaymentsSafetyTest extends ProviderPaymentsSafetyContract {

    private final CommerceStores stores = InMemoryCommerceStores.create();

    @Override
    protected CommerceStores stores() {
        return stores;
    }

    @Override
    protected PaymentCheckouts emptyCheckouts() {
        return new InMemoryPaymentCheckouts();
    }
}
