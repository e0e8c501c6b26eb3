package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.contracts.CommerceStoresSuite;
import org.junit.jupiter.api.Nested;

/** The in-memory commerce stores pass the same contracts as the database ones, so the fakes cannot lie. */
class InMemoryCommerceStoresTest extends CommerceStoresSuite {

    private final CommerceStores stores = InMemoryCommerceStores.create();

    @Override
    protected CommerceStores commerceStores() {
        return stores;
    }

}
