package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.CustomerSearch;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.subscription.Subscription;
import org.junit.jupiter.api.Test;

/**
 * What the customer search promises: the exact Telegram id, the start of an order or subscription id, a piece of a
 * panel email (any case), wildcards taken literally, short fragments matching ids only, results within the limit.
 */
public abstract class CustomerSearchContract extends CommerceStoreContract {

    protected abstract CustomerSearch search();

    @Test
    public void find_byIdOrderSubscriptionOrEmailPiece_findsTheOwner() {
        TelegramUserId ann = newCustomer();
        TelegramUserId bob = newCustomer();
        Order order = newOrder(ann, T0);
        Subscription subscription = newSubscription(newOrder(bob, T0));
        String email = subscription.credential().email();

        assertThat(search().find(Long.toString(ann.value()), 10)).containsExactly(ann);
        assertThat(search().find(order.id().value().toString().substring(0, 8).toUpperCase(), 10)).contains(ann)
                .doesNotContain(bob);
        assertThat(search().find(subscription.id().value().toString(), 10)).containsExactly(bob);
        assertThat(search().find(email.substring(2, 12).toUpperCase(), 10)).containsExactly(bob);
    }

    @Test
    public void find_withWildcardsOrAShortFragment_takesThemLiterallyAndMatchesIdsOnly() {
        TelegramUserId ann = newCustomer();
        newSubscription(newOrder(ann, T0));

        assertThat(search().find("tg%", 10)).doesNotContain(ann);
        assertThat(search().find("t_" + Long.toString(ann.value()).substring(0, 3), 10)).doesNotContain(ann);
        assertThat(search().find("tg", 10)).isEmpty();
        assertThat(search().find("0", 10)).isEmpty();
    }

    @Test
    public void find_withManyMatches_returnsAtMostTheLimit() {
        TelegramUserId ann = newCustomer();
        Subscription subscription = newSubscription(newOrder(ann, T0));

        assertThat(search().find("tg", 1)).hasSizeLessThanOrEqualTo(1);
        assertThat(search().find(subscription.credential().email().substring(0, 6), 1)).hasSize(1);
    }
}
