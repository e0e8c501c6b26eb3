package dev.tollgate.adapters.telegram.admin;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.parts;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import org.junit.jupiter.api.Test;

/** The admin screens with the in-memory core: forged presses by others change nothing; decisions clear the buttons. */
class AdminScreensTest {

    private final TestShop shop = new TestShop();

    private SubmitReceiptUseCase.Submitted receiptOf(long user) {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(user), "en"));
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) shop.placeOrder.place(PlaceOrderUseCase.Command.purchase(
                new TelegramUserId(user), new PlanId("month"), Currency.USD, null, null));
        return (SubmitReceiptUseCase.Submitted) shop.submitReceipt.submit(new SubmitReceiptUseCase.Command(
                new TelegramUserId(user), order.order(), "AgAC" + user, "AQAD" + user));
    }

    @Test
    void receiptReview_byANonAdmin_isRefusedAndByTheAdminDecidedOnceWithTheButtonsTakenOff() {
        SubmitReceiptUseCase.Submitted receipt = receiptOf(800);
        ReceiptReviewScreen screen = new ReceiptReviewScreen(UI, shop.reviewReceipt);
        CallbackData approve = CallbackData.of("rcpt", "ok", receipt.payment().value());

        Reply forged = screen.onTap(session(800, Language.EN, shop.clock.instant()), approve);
        assertThat(forged.alert()).isTrue();
        assertThat(forged.toast()).contains("Only the shop's admins");

        Session admin = session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
        Reply decided = screen.onTap(admin, approve);
        assertThat(parts(decided, Reply.ClearButtons.class)).hasSize(1);
        assertThat(text(decided)).contains("Approved by Ann");
        assertThat(screen.onTap(admin, approve).toast()).contains("already decided");
        assertThat(screen.onTap(admin, CallbackData.of("rcpt", "ok", "nope")).alert()).isTrue();
    }

    @Test
    void stats_forAnAdmin_countsOrdersInWordsAndForOthersDoesNotExist() {
        StatsScreen screen = new StatsScreen(UI, shop.statistics);
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(801), "en"));
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) shop.placeOrder.place(PlaceOrderUseCase.Command.purchase(
                new TelegramUserId(801), new PlanId("month"), Currency.XTR, null, null));
        shop.confirmPayment.confirm(new dev.tollgate.application.port.in.ConfirmPaymentUseCase.Command(order.order(),
                dev.tollgate.domain.payment.PaymentProvider.TELEGRAM_STARS, "c-1", order.total()));
        Reply admin = screen.onCommand(session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant()),
                new Inbound.Command("stats", ""));
        assertThat(text(admin)).contains("Sales, last 7 days", "1 order", "⭐ 250", "Refunded: none").doesNotContain("1 orders");
        Reply persian = screen.onCommand(session(TestShop.ADMIN.value(), Language.FA, shop.clock.instant()),
                new Inbound.Command("stats", ""));
        assertThat(text(persian)).contains("فروش");
        Reply stranger = screen.onCommand(session(900, Language.EN, shop.clock.instant()), new Inbound.Command("stats", ""));
        assertThat(text(stranger)).contains("did not understand");
    }
}
