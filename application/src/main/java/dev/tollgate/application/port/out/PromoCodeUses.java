package dev.tollgate.application.port.out;

import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.Order;
import java.util.List;

/** The orders a promo code was used on (a code is used when an order is placed with it), for the back office. */
public interface PromoCodeUses {

    /** Newest first; {@code offset} and {@code limit} page through them. */
    List<Order> ordersWith(PromoCode code, int offset, int limit);
}
