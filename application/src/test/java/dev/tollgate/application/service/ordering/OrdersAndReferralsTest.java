package dev.tollgate.application.service.ordering;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.MONTH;
import static dev.tollgate.application.testing.TestCore.QUARTER;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.PlaceOrderUseCase.Placed;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Reason;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Refused;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.SaveDiscountCodeUseCase;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountKind;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.referral.ReferralCode;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrdersAndReferralsTest {

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1001);

    private void createCode(String code, DiscountKind kind, int percent, Money amount, int limit, Duration validFor) {
        assertThat(f.saveDiscountCode.save(new SaveDiscountCodeUseCase.Command(ADMIN, new PromoCode(code), kind,
                percent, amount, f.clock.instant(), f.clock.instant().plus(validFor), limit, false)))
                .isInstanceOf(SaveDiscountCodeUseCase.Saved.class);
    }

    private PlaceOrderUseCase.Result buyWith(TelegramUserId user, String code) {
        return f.placeOrder.place(PlaceOrderUseCase.Command.purchase(user, MONTH, Currency.XTR, null,
                new PromoCode(code)));
    }

    @Test
    void place_purchaseWithPercentCode_takesThePercentOff() {
        createCode("SPRING", DiscountKind.PERCENT, 20, null, 0, Duration.ofDays(1));

        assertThat(buyWith(alice, "spring")).isInstanceOfSatisfying(Placed.class, placed -> {
            assertThat(placed.listPrice()).isEqualTo(xtr(250));
            assertThat(placed.discount()).isEqualTo(xtr(50));
            assertThat(placed.total()).isEqualTo(xtr(200));
        });
    }

    @Test
    void place_promoCodeSecondTimeBySameUser_isRefused() {
        createCode("ONCE", DiscountKind.FIXED_AMOUNT, 0, xtr(100), 0, Duration.ofDays(1));
        buyWith(alice, "ONCE");

        assertThat(buyWith(alice, "ONCE")).isEqualTo(new Refused(Reason.PROMO_CODE_ALREADY_USED));
        assertThat(buyWith(f.contact(1002), "ONCE")).isInstanceOf(Placed.class);
    }

    @Test
    void place_promoCodeOverItsTotalLimit_isRefused() {
        createCode("FIRST2", DiscountKind.PERCENT, 50, null, 2, Duration.ofDays(1));
        buyWith(f.contact(2001), "FIRST2");
        buyWith(f.contact(2002), "FIRST2");

        assertThat(buyWith(alice, "FIRST2")).isEqualTo(new Refused(Reason.PROMO_CODE_USED_UP));
        assertThat(f.discountCodes.find(new PromoCode("FIRST2")).orElseThrow().timesUsed()).isEqualTo(2);
    }

    @Test
    void place_promoCodeOutsideItsWindow_isRefused() {
        createCode("SHORT", DiscountKind.PERCENT, 10, null, 0, Duration.ofHours(1));
        f.clock.advance(Duration.ofHours(1));

        assertThat(buyWith(alice, "SHORT")).isEqualTo(new Refused(Reason.PROMO_CODE_EXPIRED));
        assertThat(buyWith(alice, "NOSUCHCODE")).isEqualTo(new Refused(Reason.UNKNOWN_PROMO_CODE));
    }

    @Test
    void place_fixedCodeInAnotherCurrency_isRefused() {
        createCode("FIVEUSD", DiscountKind.FIXED_AMOUNT, 0, Money.of(500, Currency.USD), 0, Duration.ofDays(1));

        assertThat(buyWith(alice, "FIVEUSD")).isEqualTo(new Refused(Reason.PROMO_CODE_WRONG_CURRENCY));
    }

    @Test
    void place_refusals_coverUnknownPlansCurrenciesAndServers() {
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.purchase(alice, new PlanId("nope"), Currency.XTR,
                null, null))).isEqualTo(new Refused(Reason.UNKNOWN_PLAN));
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.purchase(alice, MONTH, Currency.RUB, null, null)))
                .isEqualTo(new Refused(Reason.NOT_SOLD_IN_CURRENCY));
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.purchase(alice, MONTH, Currency.XTR,
                new ServerId("nl-9"), null))).isEqualTo(new Refused(Reason.NO_SERVER_AVAILABLE));
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.topUp(alice, xtr(0))))
                .isEqualTo(new Refused(Reason.INVALID_AMOUNT));
    }

    @Test
    void place_planGrantedThroughAServerGroup_findsTheServer() {
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.purchase(alice, QUARTER, Currency.XTR, null, null)))
                .isInstanceOf(Placed.class);
    }

    @Test
    void place_renewalOfATrial_isRefused() {
        var trial = (dev.tollgate.application.port.in.ClaimTrialUseCase.Activated) f.claimTrial.claim(
                new dev.tollgate.application.port.in.ClaimTrialUseCase.Command(alice));

        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.renewal(alice, trial.access().subscription(),
                Currency.XTR, null))).isEqualTo(new Refused(Reason.NOT_RENEWABLE));
    }

    @Test
    void place_renewalOfSomeoneElsesSubscription_isUnknown() {
        SubscriptionId bobs = f.buyMonth(f.contact(1002));

        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.renewal(alice, bobs, Currency.XTR, null)))
                .isEqualTo(new Refused(Reason.UNKNOWN_SUBSCRIPTION));
    }

    @Test
    void upgrade_halfwayThroughTheMonth_creditsTheUnusedHalfAndKeepsTheCredential() {
        SubscriptionId id = f.buyMonth(alice);
        Subscription before = f.subscription(id);
        f.clock.advance(Duration.ofDays(15));

        PlaceOrderUseCase.Result result = f.placeOrder.place(
                PlaceOrderUseCase.Command.upgrade(alice, id, QUARTER, Currency.XTR));

        assertThat(result).isInstanceOfSatisfying(Placed.class, placed -> {
            assertThat(placed.listPrice()).isEqualTo(xtr(600));
            assertThat(placed.credit()).isEqualTo(xtr(125));
            assertThat(placed.total()).isEqualTo(xtr(475));
        });
        f.pay(((Placed) result).order(), xtr(475));
        Subscription upgraded = f.subscription(id);
        assertThat(upgraded.credential()).isEqualTo(before.credential());
        assertThat(upgraded.plan()).contains(QUARTER);
        assertThat(upgraded.quota()).isEqualTo(DataSize.ofGibibytes(200));
        assertThat(upgraded.expiresAt()).contains(f.clock.instant().plus(Duration.ofDays(90)));
        assertThat(f.panel.client(upgraded.credential().email()).orElseThrow().deviceLimit()).isEqualTo(3);
    }

    @Test
    void upgrade_toASmallerPlan_isRefused() {
        OrderId order = f.place(PlaceOrderUseCase.Command.purchase(alice, QUARTER, Currency.XTR, null, null));
        f.pay(order, xtr(600));
        SubscriptionId id = f.orders.findById(order).orElseThrow().subscription().orElseThrow();

        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.upgrade(alice, id, MONTH, Currency.XTR)))
                .isEqualTo(new Refused(Reason.NOT_AN_UPGRADE));
    }

    @Test
    void referral_atFirstContact_fixesTheReferrerAndPaysCashbackOncePerOrder() {
        TelegramUserId bob = new TelegramUserId(1002);
        f.registerContact.register(new RegisterContactUseCase.Command(bob, "en",
                ReferralCode.of(alice).startParameter()));
        f.registerContact.register(new RegisterContactUseCase.Command(bob, "en",
                ReferralCode.of(f.contact(1003)).startParameter()));
        assertThat(f.referrals.referrerOf(bob)).contains(alice);

        OrderId order = f.place(PlaceOrderUseCase.Command.purchase(bob, MONTH, Currency.XTR, null, null));
        var callback = new dev.tollgate.application.port.in.ConfirmPaymentUseCase.Command(order,
                dev.tollgate.domain.payment.PaymentProvider.TELEGRAM_STARS, "charge-x", xtr(250));
        f.confirmPayment.confirm(callback);
        f.confirmPayment.confirm(callback);

        assertThat(f.balance(alice)).isEqualTo(xtr(25));
        assertThat(f.ledger.entries(alice)).extracting(e -> e.kind()).containsExactly(LedgerEntryKind.CASHBACK);
        assertThat(f.notifier.sent(Notice.CashbackCredited.class)).hasSize(1);
    }

    @Test
    void referral_ofAnExistingUserOrByThemselves_isNotRecorded() {
        f.registerContact.register(new RegisterContactUseCase.Command(alice, "en",
                ReferralCode.of(f.contact(1003)).startParameter()));
        TelegramUserId carol = new TelegramUserId(1004);
        f.registerContact.register(new RegisterContactUseCase.Command(carol, "en",
                ReferralCode.of(carol).startParameter()));
        TelegramUserId dave = new TelegramUserId(1005);
        f.registerContact.register(new RegisterContactUseCase.Command(dave, "en",
                ReferralCode.of(new TelegramUserId(777_777)).startParameter()));

        assertThat(f.referrals.referrerOf(alice)).isEmpty();
        assertThat(f.referrals.referrerOf(carol)).isEmpty();
        assertThat(f.referrals.referrerOf(dave)).isEmpty();
    }

    @Test
    void referral_topUpsEarnNoCashback() {
        TelegramUserId bob = new TelegramUserId(1002);
        f.registerContact.register(new RegisterContactUseCase.Command(bob, "en",
                ReferralCode.of(alice).startParameter()));

        f.topUp(bob, 1_000);

        assertThat(f.balance(alice)).isEqualTo(xtr(0));
    }

    @Test
    void cashback_whenTheReferredOrderIsRefunded_isTakenBackOnceAndNeverBelowZero() {
        TelegramUserId bob = new TelegramUserId(1012);
        f.registerContact.register(new RegisterContactUseCase.Command(bob, "en", ReferralCode.of(alice).startParameter()));
        OrderId first = f.place(PlaceOrderUseCase.Command.purchase(bob, MONTH, Currency.XTR, null, null));
        f.pay(first, xtr(250));
        OrderId second = f.place(PlaceOrderUseCase.Command.purchase(bob, MONTH, Currency.XTR, null, null));
        f.pay(second, xtr(250));
        assertThat(f.balance(alice)).isEqualTo(xtr(50));

        f.refundOrder.refund(new dev.tollgate.application.port.in.RefundOrderUseCase.Command(TestCore.ADMIN, first, true));
        f.refundOrder.refund(new dev.tollgate.application.port.in.RefundOrderUseCase.Command(TestCore.ADMIN, first, true));
        assertThat(f.balance(alice)).isEqualTo(xtr(25));

        // Alice spent what is left of her cashback: the reversal takes what it can and the wallet stays at zero.
        f.ledger.append(f.ledger.wallet(alice, Currency.XTR).debit(xtr(20), dev.tollgate.domain.wallet.LedgerEntryKind.PAYMENT,
                "spent-by-alice", null, null, f.clock.instant()));
        f.refundOrder.refund(new dev.tollgate.application.port.in.RefundOrderUseCase.Command(TestCore.ADMIN, second, true));
        assertThat(f.balance(alice)).isEqualTo(xtr(0));
    }
}
