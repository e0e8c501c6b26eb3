package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemoryPaymentGateway;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.fakes.RecordingAdminAlerts;
import dev.tollgate.application.fakes.RecordingCustomerNotifier;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.OpenCheckoutUseCase;
import dev.tollgate.application.port.in.PollPaymentsUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.service.payment.ConfirmPaymentService;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.application.service.provisioning.ProcessProvisioningTasksService;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.payment.OpenCheckoutService;
import dev.tollgate.application.service.payment.PollPaymentsService;
import dev.tollgate.application.service.payment.ProviderWebhookService;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.provisioning.RetryPolicy;
import dev.tollgate.domain.referral.ReferralPolicy;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Money taken by a pay-link provider (CryptoBot) is credited exactly once however its word arrives: a replayed
 * webhook, a webhook and a poll at the same moment, or a worker stopped between the provider's confirmation and our
 * record. Run over the in-memory stores, H2 and PostgreSQL, with the real services.
 */
public abstract class ProviderPaymentsSafetyContract extends CommerceStoreContract {

    private static final Money TOP_UP = Money.of(500, Currency.USD);

    /** The open-payments store over the same database as {@link #stores()}, emptied. */
    protected abstract PaymentCheckouts emptyCheckouts();

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryPaymentGateway provider = new InMemoryPaymentGateway(PaymentProvider.CRYPTO_BOT,
            Set.of(Currency.USD));
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private PaymentCheckouts checkouts;
    private ConfirmPaymentUseCase confirm;
    private OpenCheckoutUseCase open;
    private ReceiveWebhookUseCase webhook;
    private PollPaymentsUseCase poll;

    @BeforeEach
    void buildTheCore() {
        checkouts = emptyCheckouts();
        FixedServers servers = new FixedServers().add(FixedServers.vlessServer("de-1"), new InMemoryPanelGateway());
        CustomerNotices notices = new CustomerNotices(new RecordingCustomerNotifier(), new RecordingAdminAlerts(),
                stores().customers());
        SubscriptionProvisioner provisioner = new SubscriptionProvisioner(stores().subscriptions(), servers, servers,
                stores().transactions(), new ShareLinks(), clock);
        ProcessProvisioningTasksService worker = new ProcessProvisioningTasksService(stores().provisioning(),
                stores().orders(), stores().subscriptions(), stores().ledger(), servers, servers, provisioner,
                stores().transactions(), notices, new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 3), clock);
        OrderSettlement settlement = new OrderSettlement(stores().orders(), stores().subscriptions(),
                stores().provisioning(), stores().ledger(), stores().referrals(), new ReferralPolicy(10), servers, worker,
                notices);
        confirm = new ConfirmPaymentService(stores().orders(), stores().payments(), settlement, stores().transactions(),
                notices, clock);
        open = new OpenCheckoutService(List.of(provider), stores().orders(), checkouts, stores().transactions(), clock);
        webhook = new ProviderWebhookService(provider, confirm, checkouts, stores().orders(), stores().transactions(), clock);
        poll = new PollPaymentsService(List.of(provider), confirm, checkouts, stores().orders(), stores().transactions(),
                clock);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private record Opened(TelegramUserId customer, OrderId order, String invoice) {
    }

    private Opened openTopUp() {
        TelegramUserId customer = newCustomer();
        Order order = Order.topUp(OrderId.random(), customer, TOP_UP, T0, Duration.ofMinutes(30));
        stores().transactions().run(() -> stores().orders().insert(order));
        OpenCheckoutUseCase.Result opened = open.open(new OpenCheckoutUseCase.Command(customer, order.id(),
                PaymentProvider.CRYPTO_BOT, "Top-up", "Wallet top-up"));
        PaymentGateway.PayLink link = (PaymentGateway.PayLink) ((OpenCheckoutUseCase.Opened) opened).checkout();
        return new Opened(customer, order.id(), link.externalId());
    }

    private ReceiveWebhookUseCase.Result deliver(InMemoryPaymentGateway.Notification notification) {
        return webhook.receive(new ReceiveWebhookUseCase.Command(notification.headers(), notification.body()));
    }

    private Money balance(TelegramUserId customer) {
        return stores().transactions().inTransaction(() -> stores().ledger().wallet(customer, Currency.USD).balance());
    }

    private int payments(OrderId order) {
        return stores().transactions().inTransaction(() -> stores().payments().findByOrder(order)).size();
    }

    @Test
    public void webhook_replayed_creditsTheWalletOnce() {
        Opened opened = openTopUp();
        InMemoryPaymentGateway.Notification paid = provider.pay(opened.invoice());

        assertThat(deliver(paid).status()).isEqualTo(200);
        assertThat(deliver(paid).status()).isEqualTo(200);
        assertThat(deliver(provider.notification(opened.invoice())).status()).isEqualTo(200);

        assertThat(balance(opened.customer())).isEqualTo(TOP_UP);
        assertThat(payments(opened.order())).isEqualTo(1);
        assertThat(checkouts.findOpen(PaymentProvider.CRYPTO_BOT, 10)).isEmpty();
    }

    @Test
    public void webhook_forged_isRefusedAndCreditsNothing() {
        Opened opened = openTopUp();
        InMemoryPaymentGateway.Notification paid = provider.pay(opened.invoice());

        ReceiveWebhookUseCase.Result answer = webhook.receive(new ReceiveWebhookUseCase.Command(
                java.util.Map.of("x-signature", "0000"), paid.body()));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(balance(opened.customer())).isEqualTo(Money.zero(Currency.USD));
        assertThat(payments(opened.order())).isZero();
    }

    @Test
    public void webhook_lost_isRecoveredByThePoll_once() {
        Opened opened = openTopUp();
        provider.pay(opened.invoice());

        assertThat(poll.poll(new PollPaymentsUseCase.Command(100)).paid()).isEqualTo(1);
        assertThat(poll.poll(new PollPaymentsUseCase.Command(100)).paid()).isZero();

        assertThat(balance(opened.customer())).isEqualTo(TOP_UP);
        assertThat(stores().orders().findById(opened.order()).orElseThrow().status()).isEqualTo(OrderStatus.FULFILLED);
    }

    @Test
    public void webhookAndPoll_forTheSameInvoiceAtOnce_creditOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            Opened opened = openTopUp();
            InMemoryPaymentGateway.Notification paid = provider.pay(opened.invoice());
            CountDownLatch start = new CountDownLatch(1);
            Future<?> byWebhook = threads.submit(() -> {
                start.await();
                return deliver(paid);
            });
            Future<?> byPoll = threads.submit(() -> {
                start.await();
                return poll.poll(new PollPaymentsUseCase.Command(100));
            });
            start.countDown();
            byWebhook.get(30, TimeUnit.SECONDS);
            byPoll.get(30, TimeUnit.SECONDS);

            assertThat(balance(opened.customer())).isEqualTo(TOP_UP);
            assertThat(payments(opened.order())).isEqualTo(1);
        }
    }

    @Test
    public void workerStoppedBetweenTheProvidersConfirmationAndOurRecord_isCreditedOnceLater() {
        Opened before = openTopUp();
        InMemoryPaymentGateway.Notification paid = provider.pay(before.invoice());
        ReceiveWebhookUseCase dying = new ProviderWebhookService(provider, command -> {
            throw new IllegalStateException("worker stopped before the payment was recorded");
        }, checkouts, stores().orders(), stores().transactions(), clock);
        assertThatThrownBy(() -> dying.receive(new ReceiveWebhookUseCase.Command(paid.headers(), paid.body())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(balance(before.customer())).isEqualTo(Money.zero(Currency.USD));

        Opened after = openTopUp();
        InMemoryPaymentGateway.Notification alsoPaid = provider.pay(after.invoice());
        ReceiveWebhookUseCase diesAfterRecording = new ProviderWebhookService(provider, command -> {
            confirm.confirm(command);
            throw new IllegalStateException("worker stopped after the payment was recorded");
        }, checkouts, stores().orders(), stores().transactions(), clock);
        assertThatThrownBy(() -> diesAfterRecording.receive(new ReceiveWebhookUseCase.Command(alsoPaid.headers(),
                alsoPaid.body()))).isInstanceOf(IllegalStateException.class);

        // The provider retries its webhook and the poll finds both still open: each is credited, and only once.
        assertThat(poll.poll(new PollPaymentsUseCase.Command(100)).paid()).isEqualTo(2);
        assertThat(deliver(paid).status()).isEqualTo(200);
        assertThat(deliver(alsoPaid).status()).isEqualTo(200);

        assertThat(balance(before.customer())).isEqualTo(TOP_UP);
        assertThat(balance(after.customer())).isEqualTo(TOP_UP);
        assertThat(payments(before.order()) + payments(after.order())).isEqualTo(2);
    }

    @Test
    public void invoice_expired_closesItsOrderAndCreditsNothing() {
        Opened opened = openTopUp();
        provider.expire(opened.invoice());

        PollPaymentsUseCase.Result result = poll.poll(new PollPaymentsUseCase.Command(100));

        assertThat(result.expired()).isEqualTo(1);
        assertThat(stores().orders().findById(opened.order()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(checkouts.findOpen(PaymentProvider.CRYPTO_BOT, 10)).isEmpty();
        assertThat(balance(opened.customer())).isEqualTo(Money.zero(Currency.USD));
    }

    @Test
    public void poll_whileTheProviderIsDown_changesNothingAndTriesAgainLater() {
        Opened opened = openTopUp();
        provider.pay(opened.invoice());
        provider.down(true);

        assertThat(poll.poll(new PollPaymentsUseCase.Command(100)).unavailable()).isEqualTo(1);
        provider.down(false);
        assertThat(poll.poll(new PollPaymentsUseCase.Command(100)).paid()).isEqualTo(1);
        assertThat(balance(opened.customer())).isEqualTo(TOP_UP);
    }
}
