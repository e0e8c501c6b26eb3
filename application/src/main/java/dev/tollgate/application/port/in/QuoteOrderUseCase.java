package dev.tollgate.application.port.in;

import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices what {@link PlaceOrderUseCase} would place for the same command, without storing anything or using up a
 * promo code, so a user sees the price, discount, credit and the resulting expiry and traffic before paying.
 */
public interface QuoteOrderUseCase {

    Result quote(PlaceOrderUseCase.Command command);

    sealed interface Result {
    }

    /**
     * {@code plan} is what is bought (a renewal's is the subscription's plan); {@code outlook} is the subscription
     * after a renewal or upgrade (empty for new purchases and top-ups).
     */
    record Quoted(Plan plan, Money listPrice, Money discount, Money credit, Money total,
                  Optional<Subscription.Outlook> outlook) implements Result {
        public Quoted {
            Objects.requireNonNull(outlook, "outlook");
        }
    }

    record Refused(PlaceOrderUseCase.Reason reason) implements Result {
    }
}
