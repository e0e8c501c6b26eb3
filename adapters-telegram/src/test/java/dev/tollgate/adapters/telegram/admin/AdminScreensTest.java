package dev.tollgate.adapters.telegram.admin;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.data;
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
    void receiptReview_byANonAdmin_isRefusedAndByTheAdminDecidedOnceWithTheButtonsReplacedByTheDecision() {
        SubmitReceiptUseCase.Submitted receipt = receiptOf(800);
        ReceiptReviewScreen screen = new ReceiptReviewScreen(UI, shop.reviewReceipt, shop.pendingReceipts);
        CallbackData approve = CallbackData.of("rcpt", "ok", receipt.payment().value());

        Reply forged = screen.onTap(session(800, Language.EN, shop.clock.instant()), approve);
        assertThat(forged.alert()).isTrue();
        assertThat(forged.toast()).contains("Only the shop's admins");

        Session admin = session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
        Reply decided = screen.onTap(admin, approve);
        assertThat(parts(decided, Reply.ReplaceButtons.class)).singleElement().satisfies(replace ->
                assertThat(replace.keyboard().buttons()).singleElement().satisfies(button -> {
                    assertThat(button.text()).contains("Approved by Ann");
                    assertThat(button.data()).isEqualTo("rcpt:done");
                }));
        assertThat(screen.onTap(admin, approve).toast()).contains("already decided");
        assertThat(screen.onTap(admin, CallbackData.of("rcpt", "done")).toast()).contains("already decided");
        assertThat(screen.onTap(admin, CallbackData.of("rcpt", "ok", "nope")).alert()).isTrue();
    }

    @Test
    void receiptReject_asksWhyAndTellsTheCustomerTheReason() {
        SubmitReceiptUseCase.Submitted receipt = receiptOf(803);
        ReceiptReviewScreen screen = new ReceiptReviewScreen(UI, shop.reviewReceipt, shop.pendingReceipts);
        Session admin = session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
        String id = receipt.payment().value().toString();

        assertThat(screen.onTap(session(803, Language.EN, shop.clock.instant()), CallbackData.of("rcpt", "no", id)).alert())
                .isTrue();
        Reply why = screen.onTap(admin, CallbackData.of("rcpt", "no", id));
        assertThat(parts(why, Reply.ReplaceButtons.class).get(0).keyboard().buttons())
                .extracting(dev.tollgate.adapters.telegram.routing.Button::data)
                .contains("rcpt:nr:" + id + ":0", "rcpt:nr:" + id + ":3", "rcpt:back:" + id);
        assertThat(screen.onTap(admin, CallbackData.of("rcpt", "nr", id, "9")).alert()).isTrue();
        Reply rejected = screen.onTap(admin, CallbackData.of("rcpt", "nr", id, "0"));

        assertThat(rejected.toast()).contains("Rejected by Ann", "amount does not match");
        assertThat(shop.payments.findById(receipt.payment()).orElseThrow().status())
                .isEqualTo(dev.tollgate.domain.payment.PaymentStatus.REJECTED);
        assertThat(shop.notifier.sent(dev.tollgate.application.port.out.Notice.ReceiptRejected.class))
                .singleElement().satisfies(n -> assertThat(n.reason())
                        .isEqualTo(dev.tollgate.domain.payment.ReceiptRejection.AMOUNT_MISMATCH));
        assertThat(shop.audit.all()).singleElement().satisfies(e -> assertThat(e.after()).isEqualTo("REJECTED (AMOUNT_MISMATCH)"));
    }

    @Test
    void receiptsQueue_forAnAdmin_sendsEachWaitingReceiptWithItsButtonsAndForOthersDoesNotExist() {
        for (long user = 810; user < 817; user++) {
            receiptOf(user);
        }
        ReceiptsScreen screen = new ReceiptsScreen(UI, shop.pendingReceipts);

        Reply queue = screen.onCommand(session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant()),
                new Inbound.Command("receipts", ""));

        assertThat(text(queue)).contains("The oldest 5 receipts");
        assertThat(parts(queue, Reply.ForwardPhoto.class)).hasSize(5).allSatisfy(photo -> {
            assertThat(photo.fileId()).startsWith("AgAC81");
            assertThat(photo.keyboard().buttons()).extracting(dev.tollgate.adapters.telegram.routing.Button::data)
                    .anySatisfy(d -> assertThat(d).startsWith("rcpt:ok:"));
        });
        assertThat(data(queue)).contains("rcpts");
        assertThat(text(screen.onCommand(session(810, Language.EN, shop.clock.instant()), new Inbound.Command("receipts", ""))))
                .contains("did not understand");
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

    @Test
    void statsChart_forThirtyDays_isAPngWithADayPerPointAndThePeriodsAnswerOnlyAdmins() throws Exception {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(802), "en"));
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) shop.placeOrder.place(PlaceOrderUseCase.Command.purchase(
                new TelegramUserId(802), new PlanId("month"), Currency.USD, null, null));
        shop.confirmPayment.confirm(new dev.tollgate.application.port.in.ConfirmPaymentUseCase.Command(order.order(),
                dev.tollgate.domain.payment.PaymentProvider.TELEGRAM_PAYMENTS, "c-2", order.total()));
        StatsScreen screen = new StatsScreen(UI, shop.statistics);
        Session admin = session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());

        Reply month = screen.onTap(admin, CallbackData.of("stats", 30));
        Reply today = screen.onTap(admin, CallbackData.of("stats", 1));
        Reply chart = screen.onTap(admin, CallbackData.of("stats", "c", 30));

        assertThat(text(month)).contains("Sales, last 30 days", "Orders: 1", "4.99 USD");
        assertThat(text(today)).contains("Sales today", "4.99 USD");
        Reply.Photo photo = parts(chart, Reply.Photo.class).get(0);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo.png()));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(560);
        assertThat(photo.captionHtml()).contains("last 30 days");
        assertThat(screen.onTap(session(802, Language.EN, shop.clock.instant()), CallbackData.of("stats", "c", 30)).alert())
                .isTrue();
        assertThat(parts(screen.onTap(admin, CallbackData.of("stats", "c", 30)), Reply.Photo.class)).hasSize(1);
        assertThat(parts(new StatsScreen(UI, shop.statistics).onTap(
                session(TestShop.ADMIN.value(), Language.FA, shop.clock.instant()), CallbackData.of("stats", "c", 7)),
                Reply.Photo.class)).hasSize(1);
    }
}
