package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.CustomerSearch;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
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
    public void find_byUsernameOrNamePiece_findsTheCustomerInAnyCase() {
        TelegramUserId ann = newCustomer();
        TelegramUserId bob = newCustomer();
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(100_000, 999_999));
        name(ann, new Customer.Profile("Ann_Smith" + tag, "Анна" + tag, "Смирнова" + tag));
        name(bob, new Customer.Profile(null, "Bob" + tag, "Smithers" + tag));

        assertThat(search().find("ann_smith" + tag, 10)).containsExactly(ann);
        assertThat(search().find("анна" + tag + " смир", 10)).containsExactly(ann);
        assertThat(search().find("СМИРНОВА" + tag, 10)).containsExactly(ann);
        assertThat(search().find("th" + tag, 10)).containsExactly(ann);
        assertThat(search().find("BOB" + tag, 10)).containsExactly(bob);
        assertThat(search().find("bo", 10)).doesNotContain(bob);
    }

    @Test
    public void find_withAnOffset_skipsTheEarlierMatchesInIdOrder() {
        TelegramUserId first = newCustomer();
        TelegramUserId second = newCustomer();
        String name = "Q" + Long.toHexString(ThreadLocalRandom.current().nextLong()).substring(0, 8);
        name(first, new Customer.Profile(null, name, null));
        name(second, new Customer.Profile(null, name, null));
        List<TelegramUserId> ordered = Stream.of(first, second).sorted(Comparator.comparingLong(TelegramUserId::value))
                .toList();

        assertThat(search().find(name, 0, 1)).containsExactly(ordered.get(0));
        assertThat(search().find(name, 1, 1)).containsExactly(ordered.get(1));
        assertThat(search().find(name, 2, 1)).isEmpty();
    }

    private void name(TelegramUserId id, Customer.Profile profile) {
        stores().transactions().run(() -> {
            Customer customer = stores().customers().findById(id).orElseThrow();
            customer.updateProfile(profile);
            stores().customers().update(customer);
        });
    }

    @Test
    public void find_withManyMatches_returnsAtMostTheLimit() {
        TelegramUserId ann = newCustomer();
        Subscription subscription = newSubscription(newOrder(ann, T0));

        assertThat(search().find("tg", 1)).hasSizeLessThanOrEqualTo(1);
        assertThat(search().find(subscription.credential().email().substring(0, 6), 1)).hasSize(1);
    }
}
