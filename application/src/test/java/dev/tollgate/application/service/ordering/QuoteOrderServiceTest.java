package dev.tollgate.application.service.ordering;

import static dev.tollgate.application.testing.TestCore.MONTH;
import static dev.tollgate.application.testing.TestCore.QUARTER;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quote is what placing the same order charges, and nothing is written or used up by quoting. */
class QuoteOrderServiceTest {

    private final TestCore f = new TestCore();
    private final QuoteOrderService quotes = f.quoteOrder;
    private final ListRenewalsService renewals = f.listRenewals;

    private void assertQuoteMatchesPlacement(PlaceOrderUseCase.Command command) {
        QuoteOrderUseCase.Quoted quoted = (QuoteOrderUseCase.Quoted) quotes.quote(command);
        PlaceOrderUseCase.Placed placed = (PlaceOrderUseCase.Placed) f.placeOrder.place(command);
        assertThat(List.of(quoted.listPrice(), quoted.discount(), quoted.credit(), quoted.total()))
                .containsExactly(placed.listPrice(), placed.discount(), placed.credit(), placed.total());
    }

    @Test
    void quote_ofAPurchaseWithACode_isWhatPlacingChargesAndUsesNothingUp() {
        f.discountCodes.insert(DiscountCode.percent(new PromoCode("SPRING"), 20, f.clock.instant(),
                f.clock.instant().plus(Duration.ofDays(10)), 5));
        TelegramUserId ann = f.contact(10);
        PlaceOrderUseCase.Command command = PlaceOrderUseCase.Command.purchase(ann, MONTH, Currency.XTR, null,
                new PromoCode("spring"));
        for (int i = 0; i < 3; i++) {
            assertThat(quotes.quote(command)).isInstanceOf(QuoteOrderUseCase.Quoted.class);
        }
        assertThat(f.discountCodes.find(new PromoCode("SPRING")).orElseThrow().timesUsed()).isZero();
        assertThat(f.orders.findByCustomer(ann)).isEmpty();
        assertQuoteMatchesPlacement(command);
        assertThat(((QuoteOrderUseCase.Refused) quotes.quote(command)).reason())
                .isEqualTo(PlaceOrderUseCase.Reason.PROMO_CODE_ALREADY_USED);
    }

    @Test
    void quote_ofARenewal_showsTheStackedExpiryAndTrafficAndMatchesPlacement() {
        TelegramUserId ann = f.contact(11);
        SubscriptionId month = f.buyMonth(ann);
        f.clock.advance(Duration.ofDays(10));
        var command = PlaceOrderUseCase.Command.renewal(ann, month, Currency.XTR, null);
        QuoteOrderUseCase.Quoted quoted = (QuoteOrderUseCase.Quoted) quotes.quote(command);
        var before = f.subscription(month);
        assertThat(quoted.outlook().orElseThrow().expiresAt()).contains(before.expiresAt().orElseThrow().plus(Duration.ofDays(30)));
        assertThat(quoted.outlook().orElseThrow().quota()).isEqualTo(DataSize.ofGibibytes(100));
        assertThat(f.subscription(month).expiresAt()).isEqualTo(before.expiresAt());
        assertQuoteMatchesPlacement(command);
    }

    @Test
    void quote_ofAnUpgrade_creditsTheUnusedPartAsPlacingDoes() {
        TelegramUserId ann = f.contact(12);
        SubscriptionId month = f.buyMonth(ann);
        f.clock.advance(Duration.ofDays(15));
        var command = PlaceOrderUseCase.Command.upgrade(ann, month, QUARTER, Currency.XTR);
        QuoteOrderUseCase.Quoted quoted = (QuoteOrderUseCase.Quoted) quotes.quote(command);
        assertThat(quoted.credit()).isEqualTo(xtr(125));
        assertThat(quoted.total()).isEqualTo(xtr(475));
        assertThat(quoted.plan().id()).isEqualTo(QUARTER);
        assertQuoteMatchesPlacement(command);
    }

    @Test
    void quote_ofSomethingNotForSale_isRefusedForTheSameReasonAsPlacing() {
        TelegramUserId ann = f.contact(13);
        SubscriptionId month = f.buyMonth(ann);
        List<PlaceOrderUseCase.Command> commands = List.of(
                PlaceOrderUseCase.Command.purchase(ann, MONTH, Currency.EUR, null, null),
                PlaceOrderUseCase.Command.upgrade(ann, month, MONTH, Currency.XTR),
                PlaceOrderUseCase.Command.renewal(f.contact(14), month, Currency.XTR, null),
                PlaceOrderUseCase.Command.purchase(ann, MONTH, Currency.XTR, null, new PromoCode("NOPE")));
        for (PlaceOrderUseCase.Command command : commands) {
            PlaceOrderUseCase.Reason placing = ((PlaceOrderUseCase.Refused) f.placeOrder.place(command)).reason();
            assertThat(((QuoteOrderUseCase.Refused) quotes.quote(command)).reason()).isEqualTo(placing);
        }
    }

    @Test
    void renewals_listEachSubscriptionWithItsPlanAndTheBiggerPlansOnItsServer() {
        TelegramUserId ann = f.contact(15);
        f.claimTrial.claim(new dev.tollgate.application.port.in.ClaimTrialUseCase.Command(ann));
        SubscriptionId month = f.buyMonth(ann);
        List<ListRenewalsUseCase.Options> options = renewals.list(new ListRenewalsUseCase.Command(ann));
        assertThat(options).hasSize(2);
        ListRenewalsUseCase.Options paid = options.stream().filter(o -> o.subscription().equals(month)).findFirst().orElseThrow();
        assertThat(paid.renewable()).isTrue();
        assertThat(paid.plan()).contains(MONTH);
        assertThat(paid.upgrades()).containsExactly(QUARTER);
        assertThat(paid.deviceLimit()).isEqualTo(2);
        ListRenewalsUseCase.Options trial = options.stream().filter(o -> !o.subscription().equals(month)).findFirst().orElseThrow();
        assertThat(trial.renewable()).isFalse();
        assertThat(trial.upgrades()).isEmpty();
        assertThat(trial.kind()).isNotEqualTo(paid.kind());
    }
}
