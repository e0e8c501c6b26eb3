package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.contracts.PromoCodeUsesContract;
import dev.tollgate.application.port.out.PromoCodeUses;

/** The in-memory uses of a promo code pass the database contract, so the fake cannot lie. */
class InMemoryPromoCodeUsesTest extends PromoCodeUsesContract {

    private final CommerceStores stores = InMemoryCommerceStores.create();
    private final PromoCodeUses uses = new InMemoryPromoCodeUses((InMemoryOrderRepository) stores.orders());

    @Override
    protected CommerceStores stores() {
        return stores;
    }

    @Override
    protected PromoCodeUses uses() {
        return uses;
    }
}
