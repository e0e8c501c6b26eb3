package dev.tollgate.application.service.admin;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.MONTH;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminServicesTest {

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1001);

    @Test
    void grant_byAnAdmin_createsAnActiveGrantWithThePlansTerms() {
        GrantAccessUseCase.Result result = f.grantAccess.grant(new GrantAccessUseCase.Command(ADMIN, alice, MONTH, null));

        assertThat(result).isInstanceOfSatisfying(GrantAccessUseCase.Granted.class, granted -> {
            assertThat(granted.delivery().status()).isEqualTo(Delivery.Status.DELIVERED);
            assertThat(f.subscription(granted.subscription()).kind()).isEqualTo(SubscriptionKind.GRANT);
            assertThat(f.subscription(granted.subscription()).quota()).isEqualTo(DataSize.ofGibibytes(50));
        });
    }

    @Test
    void adminUseCases_byANonAdmin_areRefusedAndChangeNothing() {
        SubscriptionId id = f.buyMonth(alice);
        OrderId order = f.orders.findByCustomer(alice).get(0).id();

        assertThat(f.grantAccess.grant(new GrantAccessUseCase.Command(alice, alice, MONTH, null)))
                .isEqualTo(new GrantAccessUseCase.Refused(GrantAccessUseCase.Reason.NOT_AN_ADMIN));
        assertThat(f.extendAccess.extend(new ExtendAccessUseCase.Command(alice, id, Duration.ofDays(365),
                DataSize.ZERO))).isEqualTo(new ExtendAccessUseCase.Refused(ExtendAccessUseCase.Reason.NOT_AN_ADMIN));
        assertThat(f.revokeAccess.revoke(new RevokeAccessUseCase.Command(alice, id)))
                .isEqualTo(new RevokeAccessUseCase.Refused(RevokeAccessUseCase.Reason.NOT_AN_ADMIN));
        assertThat(f.refundOrder.refund(new RefundOrderUseCase.Command(alice, order, false)))
                .isEqualTo(new RefundOrderUseCase.Refused(RefundOrderUseCase.Reason.NOT_AN_ADMIN));
        assertThat(f.statistics.show(new ShowSalesStatisticsUseCase.Command(alice, LocalDate.now(f.clock),
                LocalDate.now(f.clock), ZoneOffset.UTC))).isInstanceOf(ShowSalesStatisticsUseCase.Refused.class);

        assertThat(f.subscriptions.findByOwner(alice)).hasSize(1);
        assertThat(f.subscription(id).expiresAt()).contains(f.clock.instant().plus(Duration.ofDays(30)));
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(f.balance(alice)).isEqualTo(xtr(0));
    }

    @Test
    void extend_expiredSubscription_reactivatesItOnThePanelWithTheSameCredential() {
        SubscriptionId id = f.buyMonth(alice);
        f.clock.advance(Duration.ofDays(31));
        f.enforceLimits.enforce();
        String email = f.subscription(id).credential().email();
        assertThat(f.panel.client(email).orElseThrow().enabled()).isFalse();

        var result = f.extendAccess.extend(new ExtendAccessUseCase.Command(ADMIN, id, Duration.ofDays(7),
                DataSize.ofGibibytes(5)));

        assertThat(result).isInstanceOfSatisfying(ExtendAccessUseCase.Extended.class,
                extended -> assertThat(extended.panelUpdated()).isTrue());
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(f.subscription(id).expiresAt()).contains(f.clock.instant().plus(Duration.ofDays(7)));
        assertThat(f.subscription(id).quota()).isEqualTo(DataSize.ofGibibytes(55));
        assertThat(f.panel.client(email).orElseThrow().enabled()).isTrue();
    }

    @Test
    void revoke_removesTheClientFirstAndRefusesWhileThePanelIsDown() {
        SubscriptionId id = f.buyMonth(alice);
        f.panel.goDown();
        assertThat(f.revokeAccess.revoke(new RevokeAccessUseCase.Command(ADMIN, id)))
                .isEqualTo(new RevokeAccessUseCase.Refused(RevokeAccessUseCase.Reason.PANEL_UNAVAILABLE));
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);

        f.panel.comeBack();
        assertThat(f.revokeAccess.revoke(new RevokeAccessUseCase.Command(ADMIN, id)))
                .isEqualTo(new RevokeAccessUseCase.Revoked(id));
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.REVOKED);
        assertThat(f.panel.clientCount()).isZero();
    }

    @Test
    void refund_paidOrder_creditsTheWalletOnceAndCanRevoke() {
        SubscriptionId id = f.buyMonth(alice);
        OrderId order = f.orders.findByCustomer(alice).get(0).id();

        assertThat(f.refundOrder.refund(new RefundOrderUseCase.Command(ADMIN, order, true)))
                .isEqualTo(new RefundOrderUseCase.Refunded(xtr(250)));
        assertThat(f.refundOrder.refund(new RefundOrderUseCase.Command(ADMIN, order, true)))
                .isEqualTo(new RefundOrderUseCase.Refused(RefundOrderUseCase.Reason.ALREADY_REFUNDED));

        assertThat(f.balance(alice)).isEqualTo(xtr(250));
        assertThat(f.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.REVOKED);
        assertThat(f.panel.clientCount()).isZero();
    }

    @Test
    void refund_ofATopUpOrAnUnpaidOrder_isRefused() {
        f.topUp(alice, 100);
        OrderId topUp = f.orders.findByCustomer(alice).get(0).id();
        OrderId unpaid = f.place(PlaceOrderUseCase.Command.purchase(alice, MONTH, Currency.XTR, null, null));

        assertThat(f.refundOrder.refund(new RefundOrderUseCase.Command(ADMIN, topUp, false)))
                .isEqualTo(new RefundOrderUseCase.Refused(RefundOrderUseCase.Reason.NOT_REFUNDABLE));
        assertThat(f.refundOrder.refund(new RefundOrderUseCase.Command(ADMIN, unpaid, false)))
                .isEqualTo(new RefundOrderUseCase.Refused(RefundOrderUseCase.Reason.NOT_PAID));
        assertThat(f.balance(alice)).isEqualTo(xtr(100));
    }

    @Test
    void savePlan_createsChangesAndRetiresAPlan_keepingPlacedOrdersTerms() {
        PlanId week = new PlanId("week");
        PlanTerms terms = new PlanTerms(week, Duration.ofDays(7), DataSize.ofGibibytes(10), 1, false,
                RenewalPolicy.STACK_BOTH);
        assertThat(f.savePlan.save(new SavePlanUseCase.Command(ADMIN, "Week", terms, Map.of(Currency.XTR, xtr(70)),
                Set.of(new ServerId("de-1")), Set.of(), true))).isEqualTo(new SavePlanUseCase.Saved(true));
        OrderId order = f.place(PlaceOrderUseCase.Command.purchase(alice, week, Currency.XTR, null, null));

        PlanTerms longer = new PlanTerms(week, Duration.ofDays(8), DataSize.ofGibibytes(10), 1, false,
                RenewalPolicy.STACK_BOTH);
        assertThat(f.savePlan.save(new SavePlanUseCase.Command(ADMIN, "Week+", longer, Map.of(Currency.XTR, xtr(90)),
                Set.of(new ServerId("de-1")), Set.of(), false))).isEqualTo(new SavePlanUseCase.Saved(false));

        assertThat(f.orders.findById(order).orElseThrow().terms()).contains(terms);
        assertThat(f.orders.findById(order).orElseThrow().total()).isEqualTo(xtr(70));
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.purchase(alice, week, Currency.XTR, null, null)))
                .isEqualTo(new PlaceOrderUseCase.Refused(PlaceOrderUseCase.Reason.PLAN_NOT_ON_SALE));
        assertThat(f.savePlan.save(new SavePlanUseCase.Command(ADMIN, "Broken", longer, Map.of(), Set.of(), Set.of(),
                true))).isInstanceOf(SavePlanUseCase.Refused.class);
    }

    @Test
    void statistics_countSalesPerDayAndCurrencyRefundsAndActiveSubscriptions() {
        f.buyMonth(alice);
        f.topUp(alice, 1_000);
        OrderId usd = f.place(PlaceOrderUseCase.Command.purchase(f.contact(1002), MONTH, Currency.USD, null, null));
        f.pay(usd, Money.of(500, Currency.USD));
        f.clock.advance(Duration.ofDays(1));
        TelegramUserId carol = f.contact(1003);
        f.buyMonth(carol);
        f.refundOrder.refund(new RefundOrderUseCase.Command(ADMIN, f.orders.findByCustomer(carol).get(0).id(), true));
        LocalDate firstDay = LocalDate.of(2026, 6, 1);

        var result = (ShowSalesStatisticsUseCase.Statistics) f.statistics.show(new ShowSalesStatisticsUseCase.Command(
                ADMIN, firstDay, firstDay.plusDays(1), ZoneOffset.UTC));

        assertThat(result.days()).containsExactly(
                new ShowSalesStatisticsUseCase.DaySales(firstDay, Currency.XTR, 1, xtr(250)),
                new ShowSalesStatisticsUseCase.DaySales(firstDay, Currency.USD, 1, Money.of(500, Currency.USD)),
                new ShowSalesStatisticsUseCase.DaySales(firstDay.plusDays(1), Currency.XTR, 1, xtr(250)));
        assertThat(result.revenue()).isEqualTo(Map.of(Currency.XTR, xtr(500), Currency.USD, Money.of(500, Currency.USD)));
        assertThat(result.refunded()).isEqualTo(Map.of(Currency.XTR, xtr(250)));
        assertThat(result.activeSubscriptions()).isEqualTo(2);
    }
}
