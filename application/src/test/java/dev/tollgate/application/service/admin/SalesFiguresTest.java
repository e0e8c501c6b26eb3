package dev.tollgate.application.service.admin;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.MONTH;
import static dev.tollgate.application.testing.TestCore.QUARTER;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase.DayCount;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase.PlanSales;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase.ProviderSales;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statistics against known data: two days of a shop with trials, sales in two currencies, a failed delivery. */
class SalesFiguresTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);

    private final TestCore f = new TestCore();

    private ShowSalesStatisticsUseCase.Statistics show(LocalDate from, LocalDate to) {
        return (ShowSalesStatisticsUseCase.Statistics) f.statistics.show(new ShowSalesStatisticsUseCase.Command(ADMIN,
                from, to, ZoneOffset.UTC));
    }

    @Test
    void statistics_ofTwoDays_countNewCustomersTrialsConversionPlansProvidersExpiringAndFailedDeliveries() {
        // Day 1: three newcomers; Alice and Bob take the trial, Alice then buys a month in Stars; Carol tops up and
        // pays a month from her wallet.
        TelegramUserId alice = f.contact(2001);
        TelegramUserId bob = f.contact(2002);
        TelegramUserId carol = f.contact(2003);
        f.claimTrial.claim(new ClaimTrialUseCase.Command(alice));
        f.claimTrial.claim(new ClaimTrialUseCase.Command(bob));
        f.buyMonth(alice);
        f.topUp(carol, 1_000);
        OrderId fromWallet = f.place(PlaceOrderUseCase.Command.purchase(carol, MONTH, Currency.XTR, null, null));
        f.payFromWallet.pay(new PayFromWalletUseCase.Command(carol, fromWallet));
        // Day 2: Dave buys a quarter in USD through a card provider; Erin's month cannot be delivered (panel down
        // through every retry) and is refunded to her wallet.
        f.clock.advance(Duration.ofDays(1));
        TelegramUserId dave = f.contact(2004);
        OrderId quarter = f.place(PlaceOrderUseCase.Command.purchase(dave, QUARTER, Currency.USD, null, null));
        f.confirmPayment.confirm(new ConfirmPaymentUseCase.Command(quarter, PaymentProvider.TELEGRAM_PAYMENTS, "ch-1",
                Money.of(1_200, Currency.USD)));
        TelegramUserId erin = f.contact(2005);
        f.panel.goDown();
        f.buyMonth(erin);
        for (int i = 0; i < 6; i++) {
            f.clock.advance(Duration.ofMinutes(11));
            f.worker.process(new ProcessProvisioningTasksUseCase.Command(10));
        }
        f.panel.comeBack();

        ShowSalesStatisticsUseCase.Statistics both = show(FIRST, FIRST.plusDays(1));

        assertThat(both.growth().newCustomers()).containsExactly(new DayCount(FIRST, 3), new DayCount(FIRST.plusDays(1), 2));
        assertThat(both.growth().newCustomerTotal()).isEqualTo(5);
        assertThat(both.growth().trials()).isEqualTo(2);
        assertThat(both.growth().trialsPaid()).isEqualTo(1);
        assertThat(both.growth().conversionPercent()).isEqualTo(50);
        assertThat(both.byPlan()).containsExactly(
                new PlanSales(MONTH, 3, Map.of(Currency.XTR, xtr(750))),
                new PlanSales(QUARTER, 1, Map.of(Currency.USD, Money.of(1_200, Currency.USD))));
        assertThat(both.byProvider()).containsExactly(
                new ProviderSales(PaymentProvider.TELEGRAM_STARS, 2, Map.of(Currency.XTR, xtr(500))),
                new ProviderSales(PaymentProvider.TELEGRAM_PAYMENTS, 1, Map.of(Currency.USD, Money.of(1_200, Currency.USD))),
                new ProviderSales(PaymentProvider.WALLET, 1, Map.of(Currency.XTR, xtr(250))));
        assertThat(both.failedDeliveries()).isEqualTo(1);
        assertThat(both.revenue()).isEqualTo(Map.of(Currency.XTR, xtr(750), Currency.USD, Money.of(1_200, Currency.USD)));

        ShowSalesStatisticsUseCase.Statistics today = show(FIRST.plusDays(1), FIRST.plusDays(1));
        assertThat(today.growth().newCustomers()).containsExactly(new DayCount(FIRST.plusDays(1), 2));
        assertThat(today.growth().trials()).isZero();
        assertThat(today.growth().conversionPercent()).isZero();
        assertThat(today.byPlan()).extracting(PlanSales::plan).containsExactly(MONTH, QUARTER);

        // Four weeks on, the months of Alice and Carol end within three days; Dave's quarter does not.
        f.clock.advance(Duration.ofDays(27));
        ShowSalesStatisticsUseCase.Statistics later = show(FIRST, FIRST.plusDays(1));
        assertThat(later.activeSubscriptions()).isGreaterThanOrEqualTo(3);
        assertThat(later.expiringSoon()).isEqualTo(2);
    }
}
