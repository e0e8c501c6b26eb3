package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.wallet.Wallet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Staff (support and up) see one customer: language, reach, subscriptions, wallets, recent orders, referrals. */
public interface ShowCustomerCardUseCase {

    /** The card shows the newest this many orders, and this many subscriptions a page; the totals count all. */
    int RECENT = 5;

    Result show(Command command);

    /** {@code subscriptionPage} pages through the subscriptions, newest first, from 0. */
    record Command(TelegramUserId staff, TelegramUserId customer, int subscriptionPage) {
        public Command {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(customer, "customer");
            if (subscriptionPage < 0) {
                throw new IllegalArgumentException("page " + subscriptionPage);
            }
        }

        public Command(TelegramUserId staff, TelegramUserId customer) {
            this(staff, customer, 0);
        }
    }

    sealed interface Result {
    }

    record Card(Customer customer, List<Subscription> subscriptions, int subscriptionCount, List<Wallet> wallets,
                List<Order> recentOrders, int orderCount, int referred, Optional<TelegramUserId> referrer)
            implements Result {
        public Card {
            subscriptions = List.copyOf(subscriptions);
            wallets = List.copyOf(wallets);
            recentOrders = List.copyOf(recentOrders);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_STAFF, UNKNOWN_CUSTOMER
    }
}
