package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.GrowthFigures;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What the growth figures promise: first contacts and trials inside {@code [from, to)} only, a trial "paid since"
 * only for a plan order paid at or after it (never a top-up), and the provider of each order's confirmed payment.
 * Each test works in a day of its own far from other tests' rows, since the stores may be shared.
 */
public abstract class GrowthFiguresContract extends CommerceStoreContract {

    protected abstract GrowthFigures growth();

    private static Instant day() {
        return Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(0, 3000)));
    }

    private TelegramUserId customerSince(Instant at) {
        TelegramUserId id = new TelegramUserId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        stores().transactions().run(() -> stores().customers().insert(Customer.firstContact(id, Language.FA, at)));
        return id;
    }

    private void trial(TelegramUserId owner, Instant at) {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        Subscription trial = Subscription.createPending(id, owner, SubscriptionKind.TRIAL, new dev.tollgate.domain.server.ServerId("de-1"),
                new ClientCredential("tg" + owner.value() + "-" + id.value().toString().substring(0, 8), "secret"),
                Duration.ofDays(1), DataSize.ofGibibytes(1), at);
        stores().transactions().run(() -> stores().subscriptions().insert(trial));
    }

    private Order paid(Order order, Instant at, PaymentProvider provider) {
        order.awaitPayment();
        order.markPaid(order.total(), at);
        stores().transactions().run(() -> {
            stores().orders().update(order);
            stores().payments().record(Payment.confirmed(PaymentId.random(), order.id(), order.customer(), provider,
                    "ext-" + UUID.randomUUID(), order.total(), at));
        });
        return order;
    }

    @Test
    public void firstContactsAndTrials_countOnlyThePeriodAndAPlanPaidSince() {
        Instant day = day();
        TelegramUserId before = customerSince(day.minusSeconds(1));
        TelegramUserId converted = customerSince(day);
        TelegramUserId toppedUp = customerSince(day.plus(Duration.ofHours(23)));
        TelegramUserId after = customerSince(day.plus(Duration.ofDays(1)));
        trial(before, day.minusSeconds(1));
        trial(converted, day.plusSeconds(60));
        trial(toppedUp, day.plus(Duration.ofHours(23)));
        paid(newOrder(converted, day.plusSeconds(120)), day.plusSeconds(180), PaymentProvider.TELEGRAM_STARS);
        paid(newOrder(before, day.minusSeconds(1)), day.minusSeconds(1), PaymentProvider.TELEGRAM_STARS);
        Order topUp = Order.topUp(OrderId.random(), toppedUp, Money.of(100, Currency.XTR), day.plus(Duration.ofHours(23)),
                Duration.ofMinutes(30));
        stores().transactions().run(() -> stores().orders().insert(topUp));
        paid(topUp, day.plus(Duration.ofHours(23)).plusSeconds(5), PaymentProvider.TELEGRAM_STARS);

        Instant to = day.plus(Duration.ofDays(1));
        assertThat(growth().firstContacts(day, to)).containsExactly(day, day.plus(Duration.ofHours(23)));
        assertThat(growth().trialsStarted(day, to)).containsExactly(
                new GrowthFigures.TrialStart(converted, day.plusSeconds(60), true),
                new GrowthFigures.TrialStart(toppedUp, day.plus(Duration.ofHours(23)), false));
        assertThat(after).isNotNull();
    }

    @Test
    public void providersOfOrdersPaid_nameTheProviderOfEachConfirmedPaymentInThePeriod() {
        Instant day = day();
        TelegramUserId ann = customerSince(day);
        Order stars = paid(newOrder(ann, day), day.plusSeconds(10), PaymentProvider.TELEGRAM_STARS);
        Order wallet = paid(newOrder(ann, day), day.plusSeconds(20), PaymentProvider.WALLET);
        Order outside = paid(newOrder(ann, day), day.plus(Duration.ofDays(2)), PaymentProvider.CRYPTO_BOT);
        Order unpaid = newOrder(ann, day);

        var providers = growth().providersOfOrdersPaid(day, day.plus(Duration.ofDays(1)));
        assertThat(providers).containsEntry(stars.id(), PaymentProvider.TELEGRAM_STARS)
                .containsEntry(wallet.id(), PaymentProvider.WALLET)
                .doesNotContainKeys(outside.id(), unpaid.id());
    }
}
