package dev.tollgate.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs the example of docs/embedding.md end to end, so the guide's code cannot rot. */
class EmbeddedShopTest {

    private static final PlanId MONTH = new PlanId("month");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final InMemoryPanelGateway panel = new InMemoryPanelGateway();
    private final EmbeddedShop shop = new EmbeddedShop(clock, panel, List.of(Plan.create(MONTH, "Month",
            new PlanTerms(MONTH, Duration.ofDays(30), DataSize.ofGibibytes(50), 2, false, RenewalPolicy.STACK_BOTH),
            Map.of(Currency.USD, Money.of(500, Currency.USD)), Set.of(new ServerId("de-1")), Set.of(), clock.instant())));

    @Test
    void aHostWiredByHand_givesATrial_thenSellsAPlanPaidByItsOwnProvider() {
        TelegramUserId alice = new TelegramUserId(42);
        shop.contacts.register(new RegisterContactUseCase.Command(alice, "en"));

        ClaimTrialUseCase.Result trial = shop.trials.claim(new ClaimTrialUseCase.Command(alice));
        assertThat(trial).isInstanceOf(ClaimTrialUseCase.Activated.class);
        assertThat(((ClaimTrialUseCase.Activated) trial).access().shareLink()).startsWith("vless://");

        PlaceOrderUseCase.Result placed = shop.orders.place(
                PlaceOrderUseCase.Command.purchase(alice, MONTH, Currency.USD, null, null));
        assertThat(placed).isInstanceOf(PlaceOrderUseCase.Placed.class);
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) placed;
        assertThat(order.total()).isEqualTo(Money.of(500, Currency.USD));

        ConfirmPaymentUseCase.Result paid = shop.payments.confirm(new ConfirmPaymentUseCase.Command(order.order(),
                PaymentProvider.TELEGRAM_PAYMENTS, "host-charge-1", order.total()));
        assertThat(paid).isInstanceOf(ConfirmPaymentUseCase.Paid.class);
        assertThat(((ConfirmPaymentUseCase.Paid) paid).delivery().status()).isEqualTo(Delivery.Status.DELIVERED);

        ConfirmPaymentUseCase.Result replay = shop.payments.confirm(new ConfirmPaymentUseCase.Command(order.order(),
                PaymentProvider.TELEGRAM_PAYMENTS, "host-charge-1", order.total()));
        assertThat(replay).isInstanceOf(ConfirmPaymentUseCase.AlreadyRecorded.class);
        assertThat(shop.notifier.sent()).as("one notice for the delivered order, none for the replay")
                .containsExactly("42 OrderFulfilled");
    }
}
