package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.ORDERS;

import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PromoCodeUses;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** A page of the orders placed with a code: one query for their ids (newest first), then each order as stored. */
final class JooqPromoCodeUses implements PromoCodeUses {

    private final org.jooq.DSLContext dsl;
    private final OrderRepository orders;

    @Inject
    JooqPromoCodeUses(org.jooq.DSLContext dsl, OrderRepository orders) {
        this.dsl = dsl;
        this.orders = orders;
    }

    @Override
    public List<Order> ordersWith(PromoCode code, int offset, int limit) {
        List<OrderId> ids = Errors.translate("list the uses of code " + code, () -> dsl.select(ORDERS.ID).from(ORDERS)
                .where(ORDERS.PROMO_CODE.eq(code.value()))
                .orderBy(ORDERS.CREATED_AT.desc(), ORDERS.ID)
                .limit(limit).offset(offset)
                .fetch(r -> new OrderId(r.value1())));
        return ids.stream().map(orders::findById).flatMap(Optional::stream).toList();
    }
}
