package dev.tollgate.application.service.payment;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.MONTH;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.service.ordering.ExpireOverdueOrdersService;
import dev.tollgate.application.service.provisioning.ProcessProvisioningTasksService;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PaymentServicesTest {

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1001);

    private OrderId monthOrder() {
        return f.place(PlaceOrderUseCase.Command.purchase(alice, MONTH, Currency.XTR, null, null));
    }

    @Test
    void confirm_whenAmountMatches_paysProvisionsAndFulfils() {
        OrderId order = monthOrder();

        ConfirmPaymentUseCase.Result result = f.pay(order, xtr(250));

        assertThat(result).isInstanceOfSatisfying(ConfirmPaymentUseCase.Paid.class, paid -> {
            assertThat(paid.delivery().status()).isEqualTo(Delivery.Status.DELIVERED);
            assertThat(paid.delivery().access().shareLink()).startsWith("vless://");
        });
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.FULFILLED);
        Subscription subscription = f.subscription(f.orders.findById(order).orElseThrow().subscription().orElseThrow());
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(subscription.plan()).contains(MONTH);
        assertThat(subscription.expiresAt()).contains(f.clock.instant().plus(Duration.ofDays(30)));
        assertThat(f.panel.client(subscription.credential().email()).orElseThrow().deviceLimit()).isEqualTo(2);
        assertThat(f.notifier.sent(Notice.OrderFulfilled.class)).hasSize(1);
    }

    @Test
    void confirm_replayedCallback_isRecordedOnceAndDeliversOnce() {
        OrderId order = monthOrder();
        ConfirmPaymentUseCase.Command callback =
                new ConfirmPaymentUseCase.Command(order, PaymentProvider.CRYPTO_BOT, "invoice-77", xtr(250));

        f.confirmPayment.confirm(callback);
        ConfirmPaymentUseCase.Result replay = f.confirmPayment.confirm(callback);

        assertThat(replay).isEqualTo(new ConfirmPaymentUseCase.AlreadyRecorded(order));
        assertThat(f.payments.findByOrder(order)).hasSize(1);
        assertThat(f.subscriptions.findByOwner(alice)).hasSize(1);
        assertThat(f.panel.createCalls()).isEqualTo(1);
    }

    @Test
    void confirm_whenAmountDiffers_leavesTheOrderUnpaidAndKeepsTheMoneyInTheWallet() {
        OrderId order = monthOrder();

        ConfirmPaymentUseCase.Result result = f.pay(order, xtr(200));

        assertThat(result).isEqualTo(new ConfirmPaymentUseCase.CreditedToWallet(order,
                ConfirmPaymentUseCase.Reason.AMOUNT_MISMATCH));
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.CREATED);
        assertThat(f.subscriptions.findByOwner(alice)).isEmpty();
        assertThat(f.balance(alice)).isEqualTo(xtr(200));
        assertThat(f.alerts.alerts(AdminAlert.PaymentMismatch.class)).hasSize(1);
    }

    @Test
    void confirm_whenCurrencyDiffers_isAMismatchToo() {
        OrderId order = monthOrder();

        ConfirmPaymentUseCase.Result result = f.pay(order, Money.of(250, Currency.USD));

        assertThat(result).isInstanceOf(ConfirmPaymentUseCase.CreditedToWallet.class);
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.CREATED);
        assertThat(f.ledger.wallet(alice, Currency.USD).balance()).isEqualTo(Money.of(250, Currency.USD));
    }

    @Test
    void confirm_whenOrderExpired_creditsTheWalletInsteadOfLosingTheMoney() {
        OrderId order = monthOrder();
        f.clock.advance(Duration.ofHours(1));
        new ExpireOverdueOrdersService(f.orders, f.payments, f.transactions, f.clock)
                .expire(new dev.tollgate.application.port.in.ExpireOverdueOrdersUseCase.Command(100));

        ConfirmPaymentUseCase.Result result = f.pay(order, xtr(250));

        assertThat(result).isEqualTo(new ConfirmPaymentUseCase.CreditedToWallet(order,
                ConfirmPaymentUseCase.Reason.ORDER_CLOSED));
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(f.balance(alice)).isEqualTo(xtr(250));
        assertThat(f.notifier.sent(Notice.RefundedToWallet.class)).hasSize(1);
    }

    @Test
    void confirm_whenOrderUnknown_isRefused() {
        assertThat(f.pay(OrderId.random(), xtr(1)))
                .isEqualTo(new ConfirmPaymentUseCase.Refused(ConfirmPaymentUseCase.Reason.UNKNOWN_ORDER));
    }

    @Test
    void topUp_whenPaid_creditsTheWalletOnce() {
        OrderId order = f.place(PlaceOrderUseCase.Command.topUp(alice, xtr(400)));
        ConfirmPaymentUseCase.Command callback =
                new ConfirmPaymentUseCase.Command(order, PaymentProvider.TELEGRAM_STARS, "charge-1", xtr(400));

        assertThat(f.confirmPayment.confirm(callback)).isInstanceOf(ConfirmPaymentUseCase.Paid.class);
        f.confirmPayment.confirm(callback);

        assertThat(f.balance(alice)).isEqualTo(xtr(400));
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(f.notifier.sent(Notice.WalletToppedUp.class)).hasSize(1);
    }

    @Test
    void payFromWallet_whenBalanceCovers_debitsOnceAndDelivers() {
        f.topUp(alice, 300);
        OrderId order = monthOrder();

        PayFromWalletUseCase.Result result = f.payFromWallet.pay(new PayFromWalletUseCase.Command(alice, order));

        assertThat(result).isInstanceOf(PayFromWalletUseCase.Paid.class);
        assertThat(f.balance(alice)).isEqualTo(xtr(50));
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(f.payFromWallet.pay(new PayFromWalletUseCase.Command(alice, order)))
                .isEqualTo(new PayFromWalletUseCase.Refused(PayFromWalletUseCase.Reason.ALREADY_PAID));
        assertThat(f.balance(alice)).isEqualTo(xtr(50));
    }

    @Test
    void payFromWallet_whenBalanceIsShort_refusesAndChargesNothing() {
        f.topUp(alice, 100);
        OrderId order = monthOrder();

        assertThat(f.payFromWallet.pay(new PayFromWalletUseCase.Command(alice, order)))
                .isEqualTo(new PayFromWalletUseCase.Refused(PayFromWalletUseCase.Reason.INSUFFICIENT_BALANCE));
        assertThat(f.balance(alice)).isEqualTo(xtr(100));
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void payFromWallet_someoneElsesOrder_isUnknown() {
        TelegramUserId mallory = f.contact(666);
        f.topUp(mallory, 1_000);
        OrderId order = monthOrder();

        assertThat(f.payFromWallet.pay(new PayFromWalletUseCase.Command(mallory, order)))
                .isEqualTo(new PayFromWalletUseCase.Refused(PayFromWalletUseCase.Reason.UNKNOWN_ORDER));
    }

    private PaymentId submitReceipt(OrderId order, String photo) {
        SubmitReceiptUseCase.Result result = f.submitReceipt.submit(
                new SubmitReceiptUseCase.Command(alice, order, "file-" + photo, "unique-" + photo));
        return ((SubmitReceiptUseCase.Submitted) result).payment();
    }

    @Test
    void receipt_whenSubmitted_waitsForAnAdminAndAlertsThem() {
        OrderId order = monthOrder();

        PaymentId payment = submitReceipt(order, "a");

        assertThat(f.payments.findById(payment).orElseThrow().status()).isEqualTo(PaymentStatus.AWAITING_REVIEW);
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(f.alerts.alerts(AdminAlert.ReceiptToReview.class)).singleElement()
                .satisfies(alert -> assertThat(alert.receipt()).isEqualTo("file-a"));
        assertThat(f.subscriptions.findByOwner(alice)).isEmpty();
    }

    @Test
    void receipt_secondPictureOfTheSameOrderWhileOneIsUnderReview_isRefusedSoNothingIsPaidTwice() {
        OrderId order = monthOrder();
        submitReceipt(order, "a");
        assertThat(f.submitReceipt.submit(new SubmitReceiptUseCase.Command(alice, order, "file-b", "unique-b")))
                .isEqualTo(new SubmitReceiptUseCase.Refused(SubmitReceiptUseCase.Reason.DUPLICATE_RECEIPT));
    }

    @Test
    void expire_whenAReceiptWaitsForReview_leavesTheOrderToTheAdminsDecision() {
        OrderId order = monthOrder();
        submitReceipt(order, "a");
        f.clock.advance(Duration.ofHours(2));

        f.expireOrders.expire(new dev.tollgate.application.port.in.ExpireOverdueOrdersUseCase.Command(100));

        assertThat(f.orders.findById(order).orElseThrow().status()).isNotEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void receipt_samePhotoTwice_isRefusedAsDuplicate() {
        OrderId order = monthOrder();
        submitReceipt(order, "a");

        assertThat(f.submitReceipt.submit(new SubmitReceiptUseCase.Command(alice, order, "file-a2", "unique-a")))
                .isEqualTo(new SubmitReceiptUseCase.Refused(SubmitReceiptUseCase.Reason.DUPLICATE_RECEIPT));
    }

    @Test
    void review_whenApprovedByAnAdmin_paysAndDelivers() {
        OrderId order = monthOrder();
        PaymentId payment = submitReceipt(order, "a");

        ReviewReceiptUseCase.Result result = f.reviewReceipt.review(
                new ReviewReceiptUseCase.Command(ADMIN, payment, ReviewReceiptUseCase.Decision.APPROVE));

        assertThat(result).isInstanceOfSatisfying(ReviewReceiptUseCase.Approved.class,
                approved -> assertThat(approved.delivery().status()).isEqualTo(Delivery.Status.DELIVERED));
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(f.payments.findById(payment).orElseThrow().decidedBy()).contains(ADMIN);
        assertThat(f.reviewReceipt.review(new ReviewReceiptUseCase.Command(ADMIN, payment,
                ReviewReceiptUseCase.Decision.APPROVE)))
                .isEqualTo(new ReviewReceiptUseCase.Refused(ReviewReceiptUseCase.Reason.ALREADY_DECIDED));
        assertThat(f.subscriptions.findByOwner(alice)).hasSize(1);
    }

    @Test
    void review_whenRejected_creditsNothingAndTellsTheUser() {
        OrderId order = monthOrder();
        PaymentId payment = submitReceipt(order, "a");

        assertThat(f.reviewReceipt.review(new ReviewReceiptUseCase.Command(ADMIN, payment,
                ReviewReceiptUseCase.Decision.REJECT))).isInstanceOf(ReviewReceiptUseCase.Rejected.class);

        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(f.subscriptions.findByOwner(alice)).isEmpty();
        assertThat(f.balance(alice)).isEqualTo(xtr(0));
        assertThat(f.notifier.sent(Notice.ReceiptRejected.class)).hasSize(1);
    }

    @Test
    void review_byANonAdmin_isRefusedAndChangesNothing() {
        OrderId order = monthOrder();
        PaymentId payment = submitReceipt(order, "a");

        assertThat(f.reviewReceipt.review(new ReviewReceiptUseCase.Command(alice, payment,
                ReviewReceiptUseCase.Decision.APPROVE)))
                .isEqualTo(new ReviewReceiptUseCase.Refused(ReviewReceiptUseCase.Reason.NOT_AN_ADMIN));
        assertThat(f.payments.findById(payment).orElseThrow().status()).isEqualTo(PaymentStatus.AWAITING_REVIEW);
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void provisioning_whenPanelIsDownAtPayment_retriesWithBackoffAndDeliversLater() {
        OrderId order = monthOrder();
        f.panel.goDown();

        ConfirmPaymentUseCase.Result result = f.pay(order, xtr(250));

        assertThat(result).isInstanceOfSatisfying(ConfirmPaymentUseCase.Paid.class,
                paid -> assertThat(paid.delivery().status()).isEqualTo(Delivery.Status.PENDING));
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.notifier.sent(Notice.ProvisioningDelayed.class)).hasSize(1);
        assertThat(f.notifier.sent(Notice.PaymentReceived.class)).hasSize(1);
        assertThat(f.worker.process(new ProcessProvisioningTasksUseCase.Command(10)))
                .isEqualTo(new ProcessProvisioningTasksUseCase.Result(0, 0, 0));

        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.worker.process(new ProcessProvisioningTasksUseCase.Command(10)))
                .isEqualTo(new ProcessProvisioningTasksUseCase.Result(0, 1, 0));
        assertThat(f.queue.findByOrder(order).orElseThrow().nextAttemptAt())
                .isEqualTo(f.clock.instant().plus(Duration.ofMinutes(2)));

        f.panel.comeBack();
        f.clock.advance(Duration.ofMinutes(2));
        assertThat(f.worker.process(new ProcessProvisioningTasksUseCase.Command(10)))
                .isEqualTo(new ProcessProvisioningTasksUseCase.Result(1, 0, 0));
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.FULFILLED);
        SubscriptionId id = f.orders.findById(order).orElseThrow().subscription().orElseThrow();
        assertThat(f.subscription(id).expiresAt()).contains(f.clock.instant().plus(Duration.ofDays(30)));
        assertThat(f.notifier.sent(Notice.OrderFulfilled.class)).hasSize(1);
        assertThat(f.notifier.sent(Notice.ProvisioningDelayed.class)).hasSize(1);
    }

    @Test
    void provisioning_whenEveryAttemptTimesOutButThePanelCreatedTheClient_refundsAndTakesTheClientBack() {
        OrderId order = monthOrder();
        f.panel.createButTimeOut(true);
        f.pay(order, xtr(250));
        int refunded = 0;
        for (int run = 0; run < 20 && refunded == 0; run++) {
            f.clock.advance(Duration.ofMinutes(10));
            refunded = f.worker.process(new ProcessProvisioningTasksUseCase.Command(10)).refunded();
        }
        assertThat(refunded).isEqualTo(1);
        assertThat(f.balance(alice)).isEqualTo(xtr(250));
        assertThat(f.panel.clientCount()).as("no client left working after the refund").isZero();
    }

    @Test
    void provisioning_whenEveryAttemptFails_refundsToTheWalletRevokesAndAlertsTheAdmins() {
        OrderId order = monthOrder();
        f.panel.goDown();
        f.pay(order, xtr(250));

        int refunded = 0;
        for (int run = 0; run < 20 && refunded == 0; run++) {
            f.clock.advance(Duration.ofMinutes(10));
            refunded = f.worker.process(new ProcessProvisioningTasksUseCase.Command(10)).refunded();
        }

        assertThat(refunded).isEqualTo(1);
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(f.balance(alice)).isEqualTo(xtr(250));
        assertThat(f.ledger.entries(alice)).extracting(e -> e.kind()).containsExactly(LedgerEntryKind.REFUND);
        SubscriptionId id = f.orders.findById(order).orElseThrow().subscription().orElseThrow();
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.REVOKED);
        assertThat(f.notifier.sent(Notice.RefundedToWallet.class)).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo(Notice.RefundReason.PROVISIONING_FAILED));
        assertThat(f.alerts.alerts(AdminAlert.ProvisioningFailed.class)).hasSize(1);
        assertThat(f.queue.findByOrder(order).orElseThrow().attempts()).isEqualTo(TestCore.RETRY.maxAttempts());

        f.panel.comeBack();
        f.clock.advance(Duration.ofDays(1));
        assertThat(f.worker.process(new ProcessProvisioningTasksUseCase.Command(10)))
                .isEqualTo(new ProcessProvisioningTasksUseCase.Result(0, 0, 0));
        assertThat(f.balance(alice)).isEqualTo(xtr(250));
    }

    @Test
    void provisioning_twoOverlappingWorkers_callThePanelOnceAndFulfilOnce() {
        OrderId order = monthOrder();
        f.panel.goDown();
        f.pay(order, xtr(250));
        f.panel.comeBack();
        f.clock.advance(Duration.ofMinutes(5));
        ProcessProvisioningTasksService other = new ProcessProvisioningTasksService(f.queue, f.orders,
                f.subscriptions, f.ledger, f.servers, f.servers, f.provisioner, f.transactions, f.notices,
                TestCore.RETRY, f.clock);
        int createsBefore = f.panel.createCalls();

        var first = f.worker.process(new ProcessProvisioningTasksUseCase.Command(10));
        var second = other.process(new ProcessProvisioningTasksUseCase.Command(10));

        assertThat(first.delivered() + second.delivered()).isEqualTo(1);
        assertThat(f.panel.createCalls() - createsBefore).isEqualTo(1);
        assertThat(f.notifier.sent(Notice.OrderFulfilled.class)).hasSize(1);
    }
}
