package dev.tollgate.application.service.ordering;

import static dev.tollgate.application.testing.TestCore.MONTH;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Reason;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Refused;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrafficPacksTest {

    private static final DataSize TEN = DataSize.ofGibibytes(10);

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1001);
    private SubscriptionId month;

    @BeforeEach
    void monthWithPacks() {
        Plan plan = f.plans.findById(MONTH).orElseThrow();
        plan.changeTrafficPacks(List.of(new TrafficPack(TEN, Map.of(Currency.XTR, xtr(40),
                Currency.USD, Money.of(100, Currency.USD)))));
        f.plans.update(plan);
        month = f.buyMonth(alice);
    }

    private OrderId placePack(DataSize traffic) {
        return f.place(PlaceOrderUseCase.Command.trafficPack(alice, month, traffic, Currency.XTR, null));
    }

    @Test
    void pack_paid_growsTheQuotaForTheCurrentTermAndThePanelLimitToo() {
        f.clock.advance(Duration.ofDays(5));
        Subscription before = f.subscription(month);
        f.panel.addTraffic(before.credential().email(), 0, DataSize.ofGibibytes(3).bytes());

        OrderId order = placePack(TEN);
        assertThat(f.pay(order, xtr(40))).isInstanceOf(ConfirmPaymentUseCase.Paid.class);

        Subscription after = f.subscription(month);
        assertThat(after.quota()).isEqualTo(DataSize.ofGibibytes(60));
        assertThat(after.expiresAt()).isEqualTo(before.expiresAt());
        assertThat(after.credential()).isEqualTo(before.credential());
        PanelClient onPanel = f.panel.client(after.credential().email()).orElseThrow();
        assertThat(onPanel.quota()).isEqualTo(DataSize.ofGibibytes(60));
        // The panel's traffic counter is not reset by a pack: what was used stays used.
        assertThat(f.panel.usage(onPanel).total()).isEqualTo(DataSize.ofGibibytes(3));
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(f.orders.findById(order).orElseThrow().kind()).isEqualTo(OrderKind.TRAFFIC_PACK);
        assertThat(f.notifier.sent(Notice.OrderFulfilled.class)).hasSize(2);
    }

    @Test
    void pack_paidTwice_isCreditedOnceAndTheSecondPaymentGoesToTheWallet() {
        OrderId order = placePack(TEN);
        f.pay(order, xtr(40));
        ConfirmPaymentUseCase.Result second = f.confirmPayment.confirm(new ConfirmPaymentUseCase.Command(order,
                PaymentProvider.TELEGRAM_STARS, "charge-second", xtr(40)));

        assertThat(second).isNotInstanceOf(ConfirmPaymentUseCase.Paid.class);
        assertThat(f.subscription(month).quota()).isEqualTo(DataSize.ofGibibytes(60));
        assertThat(f.balance(alice)).isEqualTo(xtr(40));
    }

    @Test
    void pack_sameChargeReplayed_changesNothing() {
        OrderId order = placePack(TEN);
        f.confirmPayment.confirm(new ConfirmPaymentUseCase.Command(order, PaymentProvider.TELEGRAM_STARS, "charge-1", xtr(40)));
        f.confirmPayment.confirm(new ConfirmPaymentUseCase.Command(order, PaymentProvider.TELEGRAM_STARS, "charge-1", xtr(40)));

        assertThat(f.subscription(month).quota()).isEqualTo(DataSize.ofGibibytes(60));
        assertThat(f.balance(alice)).isEqualTo(xtr(0));
    }

    @Test
    void pack_whenTheQuotaIsUsedUp_letsTheSubscriptionInAgain() {
        Subscription s = f.subscription(month);
        f.panel.addTraffic(s.credential().email(), 0, DataSize.ofGibibytes(50).bytes());
        f.enforceLimits.enforce();
        assertThat(f.subscription(month).status()).isEqualTo(SubscriptionStatus.LIMITED);
        assertThat(f.panel.client(s.credential().email()).orElseThrow().enabled()).isFalse();

        f.pay(placePack(TEN), xtr(40));

        assertThat(f.subscription(month).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(f.panel.client(s.credential().email()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void pack_quoted_showsTheNewQuotaAndTheSameExpiry() {
        QuoteOrderUseCase.Result quote = f.quoteOrder.quote(
                PlaceOrderUseCase.Command.trafficPack(alice, month, TEN, Currency.USD, null));
        assertThat(quote).isInstanceOfSatisfying(QuoteOrderUseCase.Quoted.class, q -> {
            assertThat(q.total()).isEqualTo(Money.of(100, Currency.USD));
            assertThat(q.outlook().orElseThrow().quota()).isEqualTo(DataSize.ofGibibytes(60));
            assertThat(q.outlook().orElseThrow().expiresAt()).isEqualTo(f.subscription(month).expiresAt());
        });
    }

    @Test
    void pack_unknownSizeExpiredOrSomeoneElses_isRefused() {
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.trafficPack(alice, month, DataSize.ofGibibytes(11),
                Currency.XTR, null))).isEqualTo(new Refused(Reason.UNKNOWN_TRAFFIC_PACK));
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.trafficPack(f.contact(1002), month, TEN,
                Currency.XTR, null))).isEqualTo(new Refused(Reason.UNKNOWN_SUBSCRIPTION));
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.trafficPack(alice, month, TEN, Currency.RUB, null)))
                .isEqualTo(new Refused(Reason.NOT_SOLD_IN_CURRENCY));
        f.clock.advance(Duration.ofDays(31));
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.trafficPack(alice, month, TEN, Currency.XTR, null)))
                .isEqualTo(new Refused(Reason.NOT_ACTIVE));
    }

    @Test
    void listRenewals_offersThePlansPacksOnlyWhileTheSubscriptionRuns() {
        ListRenewalsUseCase.Options options = f.listRenewals.list(new ListRenewalsUseCase.Command(alice)).get(0);
        assertThat(options.trafficPacks()).extracting(TrafficPack::traffic).containsExactly(TEN);
        f.revokeAccess.revoke(new dev.tollgate.application.port.in.RevokeAccessUseCase.Command(TestCore.ADMIN, month));
        assertThat(f.listRenewals.list(new ListRenewalsUseCase.Command(alice)).get(0).trafficPacks()).isEmpty();
    }
}
