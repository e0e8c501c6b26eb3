package dev.tollgate.application.service.ordering;

import dev.tollgate.application.port.in.PlaceOrderUseCase.Command;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Reason;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.order.OrderKind;
import java.time.Clock;

/**
 * Prices a purchase, renewal or upgrade by the same rules as placing it (QuoteOrderServiceTest holds the two
 * together), and tells what the subscription would look like after it; nothing is written, no code is used up.
 */
public final class QuoteOrderService implements QuoteOrderUseCase {

    private final Pricing pricing;
    private final Clock clock;

    public QuoteOrderService(PlanRepository plans, SubscriptionRepository subscriptions, DiscountCodes discountCodes,
                             ServerCatalog servers, ServerGroups groups, Clock clock) {
        this.pricing = new Pricing(plans, subscriptions, discountCodes, servers, groups);
        this.clock = clock;
    }

    @Override
    public Result quote(Command command) {
        if (command.kind() == OrderKind.WALLET_TOP_UP) {
            return new Refused(Reason.INVALID_AMOUNT);
        }
        try {
            Pricing.Priced priced = pricing.price(command, clock.instant());
            return new Quoted(priced.plan(), priced.price(), priced.discount(), priced.credit(), priced.total(),
                    priced.outlook());
        } catch (Pricing.Refusal refusal) {
            return new Refused(refusal.reason);
        }
    }
}
