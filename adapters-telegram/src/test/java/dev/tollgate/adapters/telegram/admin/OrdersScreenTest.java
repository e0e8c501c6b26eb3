package dev.tollgate.adapters.telegram.admin;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.data;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

/** An order for staff; a refund to the wallet for admins, confirmed first, made once however often it is pressed. */
class OrdersScreenTest {

    private static final TelegramUserId DAN = new TelegramUserId(7100);

    private final TestShop shop = new TestShop();
    private final OrdersScreen screen = new OrdersScreen(UI, shop.showOrder, shop.refundOrder);

    private PlaceOrderUseCase.Placed paidOrder() {
        shop.contacts.register(new RegisterContactUseCase.Command(DAN, "en"));
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) shop.placeOrder.place(PlaceOrderUseCase.Command.purchase(
                DAN, new PlanId("month"), Currency.XTR, null, null));
        shop.confirmPayment.confirm(new ConfirmPaymentUseCase.Command(order.order(), PaymentProvider.TELEGRAM_STARS,
                "charge-7100", order.total()));
        return order;
    }

    @Test
    void refund_byTheOwnerAfterConfirming_creditsTheWalletOnceAndSupportCannot() {
        PlaceOrderUseCase.Placed order = paidOrder();
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(502), StaffRole.SUPPORT));
        Session owner = session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
        Session support = session(502, Language.EN, shop.clock.instant());
        String id = order.order().value().toString();

        Reply view = screen.onCommand(support, new Inbound.Command("order", id));
        assertThat(text(view)).contains("Customer 7100", "fulfilled", "⭐ 250", "telegram_stars · confirmed");
        assertThat(data(view)).contains("ord:rf:" + id + ":r", "ord:rf:" + id + ":k", "users:c:7100");
        assertThat(screen.onTap(support, CallbackData.of("ord", "ry", id, "k")).toast()).contains("Only the shop's admins");

        assertThat(text(screen.onTap(owner, CallbackData.of("ord", "rf", id, "k")))).contains("keep the access?");
        assertThat(shop.orders.findById(order.order()).orElseThrow().status()).isNotEqualTo(OrderStatus.REFUNDED);
        Reply refunded = screen.onTap(owner, CallbackData.of("ord", "ry", id, "k"));
        Reply twice = screen.onTap(owner, CallbackData.of("ord", "ry", id, "k"));

        assertThat(text(refunded)).contains("Refunded ⭐ 250", "refunded");
        assertThat(data(refunded)).noneMatch(d -> d.startsWith("ord:rf"));
        assertThat(twice.toast()).contains("already refunded");
        assertThat(shop.ledger.wallet(DAN, Currency.XTR).balance()).isEqualTo(Money.of(250, Currency.XTR));
        assertThat(shop.audit.all()).filteredOn(e -> e.action() == AuditAction.ORDER_REFUNDED).hasSize(1);
    }

    @Test
    void order_forStrangersOrForgedIds_doesNotExistOrIsRefused() {
        PlaceOrderUseCase.Placed order = paidOrder();
        Session stranger = session(666, Language.EN, shop.clock.instant());

        assertThat(text(screen.onCommand(stranger, new Inbound.Command("order", order.order().value().toString()))))
                .contains("did not understand");
        assertThat(text(screen.onCommand(stranger, new Inbound.Command("order", "")))).contains("did not understand");
        assertThat(screen.onTap(stranger, CallbackData.of("ord", "ry", order.order().value(), "r")).alert()).isTrue();
        assertThat(screen.onTap(session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant()),
                CallbackData.of("ord", "ry", "nope", "r")).alert()).isTrue();
        assertThat(shop.orders.findById(order.order()).orElseThrow().status()).isNotEqualTo(OrderStatus.REFUNDED);
        assertThat(text(screen.onCommand(session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant()),
                new Inbound.Command("order", "")))).contains("/order");
    }
}
