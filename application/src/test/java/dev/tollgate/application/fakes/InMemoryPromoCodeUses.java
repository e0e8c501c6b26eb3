package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.PromoCodeUses;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.Order;
import java.util.Comparator;
import java.util.List;

/** The orders of the in-memory store placed with a code, newest first, as the database query orders them. */
public final class InMemoryPromoCodeUses implements PromoCodeUses {

    private final InMemoryOrderRepository orders;

    public InMemoryPromoCodeUses(InMemoryOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public List<Order> ordersWith(PromoCode code, int offset, int limit) {
        return orders.all().stream().filter(o -> o.promoCode().filter(code::equals).isPresent())
                .sorted(Comparator.comparing(Order::createdAt).reversed().thenComparing(o -> o.id().value().toString()))
                .skip(offset).limit(limit).toList();
    }
}
