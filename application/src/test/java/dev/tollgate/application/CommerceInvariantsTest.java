package dev.tollgate.application;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.MONTH;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.StatusChange;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ExpireOverdueOrdersUseCase;
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.referral.ReferralCode;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import dev.tollgate.domain.wallet.LedgerEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The money-safety invariants of the commerce core, one test each, named after the invariant. */
class CommerceInvariantsTest {

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1001);

    private OrderId monthOrder(TelegramUserId user) {
        return f.place(PlaceOrderUseCase.Command.purchase(user, MONTH, Currency.XTR, null, null));
    }

    /** Every client on the panel belongs to a trial, an admin grant, or a subscription whose order was paid. */
    private void assertEveryPanelClientIsPaidForOrGranted() {
        for (Subscription subscription : f.subscriptions.findByStatus(java.util.EnumSet.allOf(SubscriptionStatus.class))) {
            if (f.panel.client(subscription.credential().email()).isEmpty()) {
                continue;
            }
            if (subscription.kind() == SubscriptionKind.PAID) {
                List<Order> orders = f.orders.findByCustomer(subscription.owner()).stream()
                        .filter(o -> o.subscription().equals(java.util.Optional.of(subscription.id()))).toList();
                assertThat(orders).anySatisfy(o -> assertThat(o.status()).isIn(OrderStatus.PAID, OrderStatus.FULFILLED));
            }
        }
    }

    @Test
    void noAccessWithoutPaymentOrAdminGrant() {
        TelegramUserId mallory = f.contact(666);
        OrderId unpaid = monthOrder(mallory);
        OrderId underpaid = monthOrder(mallory);
        f.pay(underpaid, xtr(1));
        OrderId byReceipt = monthOrder(mallory);
        var receipt = (SubmitReceiptUseCase.Submitted) f.submitReceipt.submit(
                new SubmitReceiptUseCase.Command(mallory, byReceipt, "photo", "photo-unique"));
        f.reviewReceipt.review(new ReviewReceiptUseCase.Command(mallory, receipt.payment(),
                ReviewReceiptUseCase.Decision.APPROVE));
        f.grantAccess.grant(new GrantAccessUseCase.Command(mallory, mallory, MONTH, null));
        f.payFromWallet.pay(new PayFromWalletUseCase.Command(mallory, unpaid));
        f.clock.advance(Duration.ofHours(1));
        f.expireOrders.expire(new ExpireOverdueOrdersUseCase.Command(100));
        f.worker.process(new ProcessProvisioningTasksUseCase.Command(100));
        f.activatePending.activatePending(new dev.tollgate.application.port.in.ActivatePendingSubscriptionsUseCase.Command(100));

        assertThat(f.subscriptions.findByOwner(mallory)).isEmpty();
        assertThat(f.panel.clientCount()).isZero();

        f.buyMonth(alice);
        f.grantAccess.grant(new GrantAccessUseCase.Command(ADMIN, f.contact(1002), MONTH, null));
        f.claimTrial.claim(new ClaimTrialUseCase.Command(f.contact(1003)));
        assertThat(f.panel.clientCount()).isEqualTo(3);
        assertEveryPanelClientIsPaidForOrGranted();
    }

    @Test
    void noDoubleCharge() {
        OrderId order = monthOrder(alice);
        ConfirmPaymentUseCase.Command callback =
                new ConfirmPaymentUseCase.Command(order, PaymentProvider.TELEGRAM_PAYMENTS, "tg-charge-1", xtr(250));
        for (int i = 0; i < 5; i++) {
            f.confirmPayment.confirm(callback);
        }
        f.topUp(alice, 1_000);
        OrderId second = monthOrder(alice);
        f.payFromWallet.pay(new PayFromWalletUseCase.Command(alice, second));
        f.payFromWallet.pay(new PayFromWalletUseCase.Command(alice, second));
        OrderId third = monthOrder(alice);
        var receipt = (SubmitReceiptUseCase.Submitted) f.submitReceipt.submit(
                new SubmitReceiptUseCase.Command(alice, third, "photo", "photo-unique"));
        f.submitReceipt.submit(new SubmitReceiptUseCase.Command(alice, third, "photo", "photo-unique"));
        f.reviewReceipt.review(new ReviewReceiptUseCase.Command(ADMIN, receipt.payment(), ReviewReceiptUseCase.Decision.APPROVE));
        f.reviewReceipt.review(new ReviewReceiptUseCase.Command(ADMIN, receipt.payment(), ReviewReceiptUseCase.Decision.APPROVE));

        assertThat(f.payments.findByOrder(order)).hasSize(1);
        assertThat(f.payments.findByOrder(second)).hasSize(1);
        assertThat(f.payments.findByOrder(third)).hasSize(1);
        assertThat(f.balance(alice)).isEqualTo(xtr(750));
        assertThat(f.subscriptions.findByOwner(alice)).hasSize(3);
    }

    @Test
    void noDoubleReward() {
        TelegramUserId bob = new TelegramUserId(1002);
        f.registerContact.register(new RegisterContactUseCase.Command(bob, "ru", ReferralCode.of(alice).startParameter()));
        OrderId order = monthOrder(bob);
        ConfirmPaymentUseCase.Command callback =
                new ConfirmPaymentUseCase.Command(order, PaymentProvider.TELEGRAM_STARS, "star-1", xtr(250));
        f.confirmPayment.confirm(callback);
        f.confirmPayment.confirm(callback);
        f.refundOrder.refund(new RefundOrderUseCase.Command(ADMIN, order, true));
        f.refundOrder.refund(new RefundOrderUseCase.Command(ADMIN, order, true));

        // The cashback was paid once, and taken back once when the order it rewarded was refunded.
        assertThat(f.ledger.entries(alice)).extracting(entry -> entry.kind())
                .containsExactlyInAnyOrder(dev.tollgate.domain.wallet.LedgerEntryKind.CASHBACK,
                        dev.tollgate.domain.wallet.LedgerEntryKind.ADJUSTMENT);
        assertThat(f.balance(alice)).isEqualTo(xtr(0));
        assertThat(f.ledger.entries(bob)).hasSize(1);
        assertThat(f.balance(bob)).isEqualTo(xtr(250));
    }

    @Test
    void renewalKeepsTheCredential() {
        SubscriptionId id = f.buyMonth(alice);
        Subscription before = f.subscription(id);
        f.clock.advance(Duration.ofDays(40));
        f.enforceLimits.enforce();

        OrderId renewal = f.place(PlaceOrderUseCase.Command.renewal(alice, id, Currency.XTR, null));
        f.pay(renewal, xtr(250));

        Subscription after = f.subscription(id);
        assertThat(after.credential()).isEqualTo(before.credential());
        assertThat(after.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(f.panel.clientCount()).isEqualTo(1);
        assertThat(f.panel.client(before.credential().email()).orElseThrow().secret())
                .isEqualTo(before.credential().secret());
        assertThat(f.panel.client(before.credential().email()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void paidTimeIsNeverLostOnRenewalUnderStacking() {
        SubscriptionId id = f.buyMonth(alice);
        Instant paidUntil = f.subscription(id).expiresAt().orElseThrow();
        f.clock.advance(Duration.ofDays(10));
        OrderId early = f.place(PlaceOrderUseCase.Command.renewal(alice, id, Currency.XTR, null));
        f.pay(early, xtr(250));
        assertThat(f.subscription(id).expiresAt()).contains(paidUntil.plus(Duration.ofDays(30)));

        // Paid while the panel is down and delivered two days later: still stacked on the paid term.
        Instant stacked = f.subscription(id).expiresAt().orElseThrow();
        f.panel.goDown();
        OrderId late = f.place(PlaceOrderUseCase.Command.renewal(alice, id, Currency.XTR, null));
        f.pay(late, xtr(250));
        f.panel.comeBack();
        f.clock.advance(Duration.ofDays(2));
        f.worker.process(new ProcessProvisioningTasksUseCase.Command(10));
        assertThat(f.subscription(id).expiresAt()).contains(stacked.plus(Duration.ofDays(30)));
        assertThat(f.subscription(id).quota().bytes()).isEqualTo(3 * 50L * 1024 * 1024 * 1024);
    }

    @Test
    void walletIsNeverNegative() {
        Random random = new Random(20_260_601L);
        List<TelegramUserId> users = List.of(alice, f.contact(1002), f.contact(1003));
        f.changeAutoRenew.change(new ChangeAutoRenewUseCase.Command(alice, f.buyMonth(alice), true));
        for (int step = 0; step < 300; step++) {
            TelegramUserId user = users.get(random.nextInt(users.size()));
            switch (random.nextInt(5)) {
                case 0 -> f.topUp(user, 1 + random.nextInt(300));
                case 1, 2 -> f.payFromWallet.pay(new PayFromWalletUseCase.Command(user, monthOrder(user)));
                case 3 -> f.orders.findByCustomer(user).stream().filter(o -> o.status() == OrderStatus.FULFILLED)
                        .findFirst().ifPresent(o -> f.refundOrder.refund(new RefundOrderUseCase.Command(ADMIN, o.id(),
                                random.nextBoolean())));
                default -> {
                    f.clock.advance(Duration.ofDays(random.nextInt(10)));
                    f.autoRenew.renew(new dev.tollgate.application.port.in.AutoRenewSubscriptionsUseCase.Command(
                            Duration.ofDays(3)));
                }
            }
            for (TelegramUserId u : users) {
                long running = 0;
                for (LedgerEntry entry : f.ledger.entries(u)) {
                    running += entry.amount().minorUnits();
                    assertThat(entry.balanceAfter().minorUnits()).isEqualTo(running).isNotNegative();
                }
                assertThat(f.balance(u).isNegative()).isFalse();
            }
        }
    }

    @Test
    void everyStateChangeIsALegalTransition() {
        SubscriptionId bought = f.buyMonth(alice);
        f.place(PlaceOrderUseCase.Command.renewal(alice, bought, Currency.XTR, null));
        f.clock.advance(Duration.ofDays(31));
        f.enforceLimits.enforce();
        f.pay(f.place(PlaceOrderUseCase.Command.renewal(alice, bought, Currency.XTR, null)), xtr(250));
        f.revokeAccess.revoke(new RevokeAccessUseCase.Command(ADMIN, bought));
        OrderId failing = monthOrder(alice);
        f.panel.goDown();
        f.pay(failing, xtr(250));
        for (int i = 0; i < 10; i++) {
            f.clock.advance(Duration.ofMinutes(10));
            f.worker.process(new ProcessProvisioningTasksUseCase.Command(10));
        }
        f.panel.comeBack();
        OrderId rejected = monthOrder(alice);
        var receipt = (SubmitReceiptUseCase.Submitted) f.submitReceipt.submit(
                new SubmitReceiptUseCase.Command(alice, rejected, "p", "p-unique"));
        f.reviewReceipt.review(new ReviewReceiptUseCase.Command(ADMIN, receipt.payment(), ReviewReceiptUseCase.Decision.REJECT));
        f.clock.advance(Duration.ofHours(1));
        f.expireOrders.expire(new ExpireOverdueOrdersUseCase.Command(100));

        assertThat(f.orders.statusChanges()).isNotEmpty().allSatisfy(change ->
                assertThat(((OrderStatus) change.from()).canMoveTo((OrderStatus) change.to())).as(change.toString()).isTrue());
        assertThat(f.subscriptions.statusChanges()).isNotEmpty().allSatisfy(change ->
                assertThat(((SubscriptionStatus) change.from()).canMoveTo((SubscriptionStatus) change.to()))
                        .as(change.toString()).isTrue());
        assertThat(f.payments.statusChanges()).isNotEmpty().allSatisfy(change ->
                assertThat(((PaymentStatus) change.from()).canMoveTo((PaymentStatus) change.to()))
                        .as(change.toString()).isTrue());
        assertThat(f.orders.statusChanges()).extracting(StatusChange::to)
                .contains(OrderStatus.FULFILLED, OrderStatus.REFUNDED, OrderStatus.EXPIRED, OrderStatus.PAID);
        assertThat(f.subscriptions.statusChanges()).extracting(StatusChange::to)
                .contains(SubscriptionStatus.ACTIVE, SubscriptionStatus.EXPIRED, SubscriptionStatus.REVOKED);
    }

    @Test
    void trial_afterAPaidPurchase_isRefused() {
        f.buyMonth(alice);

        assertThat(f.claimTrial.claim(new ClaimTrialUseCase.Command(alice)))
                .isEqualTo(new ClaimTrialUseCase.Refused(ClaimTrialUseCase.Reason.ALREADY_A_CUSTOMER));
    }
}
