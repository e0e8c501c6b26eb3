package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The buttons under admin alerts, pressed in the bot: retry a delayed delivery, a server's status; strangers refused. */
class AlertActionsConversationTest {

    private static final String TOKEN = "45:alert-actions";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TgUser OWNER = new TgUser(TestShop.ADMIN.value(), "Olga", "en");
    private static final TgUser EVE = new TgUser(666, "Eve", "en");

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();

    private ChatMessage pressAndAwait(TgUser user, ChatMessage under, String data, String fragment) {
        telegram.userPresses(user, under.messageId(), data);
        return telegram.awaitBotMessage(user.id(), m -> m.text() != null && m.text().contains(fragment), WAIT);
    }

    @Test
    void retryNow_deliversADelayedOrderOnceThePanelIsBack_andTheServerButtonShowsItsLastCheck() {
        TelegramUserId ann = new TelegramUserId(4001);
        shop.contacts.register(new RegisterContactUseCase.Command(ann, "en"));
        shop.panel.goDown();
        PlaceOrderUseCase.Placed placed = (PlaceOrderUseCase.Placed) shop.placeOrder.place(PlaceOrderUseCase.Command
                .purchase(ann, new PlanId("month"), Currency.XTR, null, null));
        shop.confirmPayment.confirm(new ConfirmPaymentUseCase.Command(placed.order(), PaymentProvider.TELEGRAM_STARS,
                "ch-9", placed.total()));
        // The payment's own attempt failed (attempt 1 of the shop's 3): the admins were alerted.
        OrderId order = shop.alerts.alerts(AdminAlert.ProvisioningDelayed.class).get(0).order();
        ServerId server = shop.alerts.alerts(AdminAlert.ProvisioningDelayed.class).get(0).server();

        telegram.userSends(OWNER, "/admin");
        ChatMessage office = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Back office"), WAIT);
        ChatMessage again = pressAndAwait(OWNER, office, "alrt:rp:" + order.value(), "failed again");
        assertThat(again.buttonData("Order")).contains("ord:v:" + order.value());
        telegram.userSends(EVE, "hi");
        ChatMessage eveChat = telegram.awaitBotMessage(EVE.id(), m -> true, WAIT);
        telegram.userPresses(EVE, eveChat.messageId(), "alrt:rp:" + order.value());
        telegram.userPresses(EVE, eveChat.messageId(), "alrt:srv:" + server.value());

        shop.panel.comeBack();
        pressAndAwait(OWNER, office, "alrt:rp:" + order.value(), "is delivered");
        telegram.userPresses(OWNER, office.messageId(), "alrt:rp:" + order.value());
        pressAndAwait(OWNER, office, "alrt:srv:" + server.value(), "has not been checked yet");
        shop.panelStatuses.record(PanelStatus.of(server, PanelHealth.down("connection refused"), Duration.ofMillis(12),
                shop.clock.instant()));
        ChatMessage card = pressAndAwait(OWNER, office, "alrt:srv:" + server.value(), "Status: 🔴 down");
        assertThat(card.text()).contains("connection refused", "Latency: 12 ms");
        pressAndAwait(OWNER, office, "ord:v:" + order.value(), "Order");

        assertThat(shop.orders.findById(order).orElseThrow().status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(shop.panel.clientCount()).isEqualTo(1);
        assertThat(shop.audit.all()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PROVISIONING_RETRIED, AuditAction.PROVISIONING_RETRIED);
        assertThat(telegram.messages(EVE.id())).hasSize(2);
        assertThat(telegram.errors()).isEmpty();
    }
}
