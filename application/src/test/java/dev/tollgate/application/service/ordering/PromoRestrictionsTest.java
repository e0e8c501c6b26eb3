package dev.tollgate.application.service.ordering;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.MONTH;
import static dev.tollgate.application.testing.TestCore.QUARTER;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Placed;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Reason;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Refused;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.in.SaveDiscountCodeUseCase;
import dev.tollgate.application.service.admin.SaveDiscountCodeService;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountKind;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromoRestrictionsTest {

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1001);
    private final SaveDiscountCodeService save = new SaveDiscountCodeService(f.admins, f.discountCodes, f.transactions, f.plans);

    private SaveDiscountCodeUseCase.Result create(String code, Set<PlanId> plans, int perUser) {
        return save.save(new SaveDiscountCodeUseCase.Command(ADMIN, new PromoCode(code), DiscountKind.PERCENT, 20, null,
                f.clock.instant(), f.clock.instant().plus(Duration.ofDays(1)), 0, false).restricted(plans, perUser));
    }

    private PlaceOrderUseCase.Result buy(PlanId plan, String code) {
        return f.placeOrder.place(PlaceOrderUseCase.Command.purchase(alice, plan, Currency.XTR, null, new PromoCode(code)));
    }

    @Test
    void code_limitedToAPlan_isRefusedAsTheWrongPlanOnAnotherAndQuotedSo() {
        assertThat(create("MONTHONLY", Set.of(MONTH), 1)).isInstanceOf(SaveDiscountCodeUseCase.Saved.class);

        assertThat(buy(QUARTER, "MONTHONLY")).isEqualTo(new Refused(Reason.PROMO_CODE_WRONG_PLAN));
        assertThat(f.quoteOrder.quote(PlaceOrderUseCase.Command.purchase(alice, QUARTER, Currency.XTR, null,
                new PromoCode("MONTHONLY")))).isEqualTo(new QuoteOrderUseCase.Refused(Reason.PROMO_CODE_WRONG_PLAN));
        assertThat(buy(MONTH, "MONTHONLY")).isInstanceOfSatisfying(Placed.class,
                placed -> assertThat(placed.discount()).isEqualTo(xtr(50)));
        assertThat(f.discountCodes.find(new PromoCode("MONTHONLY")).orElseThrow().timesUsed()).isEqualTo(1);
    }

    @Test
    void code_withTwoUsesPerUser_isTakenTwiceThenRefusedAndOthersStillUseIt() {
        create("TWICE", Set.of(), 2);

        assertThat(buy(MONTH, "TWICE")).isInstanceOf(Placed.class);
        assertThat(buy(QUARTER, "TWICE")).isInstanceOf(Placed.class);
        assertThat(buy(MONTH, "TWICE")).isEqualTo(new Refused(Reason.PROMO_CODE_ALREADY_USED));
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.purchase(f.contact(1002), MONTH, Currency.XTR, null,
                new PromoCode("TWICE")))).isInstanceOf(Placed.class);
        assertThat(f.discountCodes.redemptions(new PromoCode("TWICE"), alice)).isEqualTo(2);
    }

    @Test
    void code_limitedToAPlanTheShopDoesNotHave_orZeroUsesPerUser_isNotCreated() {
        assertThat(create("NOPLAN", Set.of(new PlanId("yearly")), 1))
                .isEqualTo(new SaveDiscountCodeUseCase.Refused(SaveDiscountCodeUseCase.Reason.UNKNOWN_PLAN, "yearly"));
        assertThat(create("ZERO", Set.of(), 0)).isInstanceOfSatisfying(SaveDiscountCodeUseCase.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(SaveDiscountCodeUseCase.Reason.INVALID_CODE));
        assertThat(f.discountCodes.all()).isEmpty();
    }

    @Test
    void code_onATrafficPack_countsAsTheSubscriptionsPlan() {
        var month = f.plans.findById(MONTH).orElseThrow();
        month.changeTrafficPacks(java.util.List.of(new dev.tollgate.domain.plan.TrafficPack(
                dev.tollgate.domain.shared.DataSize.ofGibibytes(10), java.util.Map.of(Currency.XTR, xtr(100)))));
        f.plans.update(month);
        var subscription = f.buyMonth(alice);
        create("QUARTERS", Set.of(QUARTER), 1);
        create("MONTHS", Set.of(MONTH), 1);

        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.trafficPack(alice, subscription,
                dev.tollgate.domain.shared.DataSize.ofGibibytes(10), Currency.XTR, new PromoCode("QUARTERS"))))
                .isEqualTo(new Refused(Reason.PROMO_CODE_WRONG_PLAN));
        assertThat(f.placeOrder.place(PlaceOrderUseCase.Command.trafficPack(alice, subscription,
                dev.tollgate.domain.shared.DataSize.ofGibibytes(10), Currency.XTR, new PromoCode("MONTHS"))))
                .isInstanceOfSatisfying(Placed.class, placed -> assertThat(placed.total()).isEqualTo(xtr(80)));
    }
}
