package dev.tollgate.application.service.customer;

import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.TelegramUserId;
import java.lang.System.Logger.Level;

/**
 * Keeps customers an admin banned out of the shop: wrapped around the trial, order and quote use cases, it refuses
 * a banned user before anything is stored, whichever adapter calls. Payments for orders placed before the ban are
 * still recorded (money is never lost), and refunds stay possible.
 */
public final class ShopBans {

    private static final System.Logger LOG = System.getLogger(ShopBans.class.getName());

    private final CustomerRepository customers;

    public ShopBans(CustomerRepository customers) {
        this.customers = customers;
    }

    /** Whether an admin banned the user from the shop. */
    public boolean banned(TelegramUserId user) {
        boolean banned = customers.findById(user).map(Customer::banned).orElse(false);
        if (banned) {
            LOG.log(Level.INFO, "user {0} is banned from the shop: refused", user);
        }
        return banned;
    }

    public ClaimTrialUseCase claimTrial(ClaimTrialUseCase inner) {
        return command -> banned(command.user())
                ? new ClaimTrialUseCase.Refused(ClaimTrialUseCase.Reason.BANNED) : inner.claim(command);
    }

    public PlaceOrderUseCase placeOrder(PlaceOrderUseCase inner) {
        return command -> banned(command.user())
                ? new PlaceOrderUseCase.Refused(PlaceOrderUseCase.Reason.BANNED) : inner.place(command);
    }

    public QuoteOrderUseCase quoteOrder(QuoteOrderUseCase inner) {
        return command -> banned(command.user())
                ? new QuoteOrderUseCase.Refused(PlaceOrderUseCase.Reason.BANNED) : inner.quote(command);
    }
}
