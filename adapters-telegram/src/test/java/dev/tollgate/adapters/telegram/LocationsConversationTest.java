package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
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
import dev.tollgate.domain.subscription.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "🌍 Change location" scripted over the fake Bot API: a paid subscription on de-1 moves to nl-1. */
class LocationsConversationTest {

    private static final String TOKEN = "42:locations-test";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final PlanId DUO = new PlanId("duo");

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();
    private final InMemoryPanelGateway amsterdam = new InMemoryPanelGateway();

    @BeforeEach
    void start() {
        shop.servers.add(FixedServers.vlessServer("nl-1"), amsterdam);
        shop.plans.insert(Plan.create(DUO, "Duo", new PlanTerms(DUO, Duration.ofDays(30), DataSize.ofGibibytes(50), 0, false,
                        RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, Money.of(300, Currency.XTR)),
                Set.of(new ServerId("de-1"), new ServerId("nl-1")), Set.of(), shop.clock.instant()));
    }

    private Subscription duoOnDe(TgUser user) {
        TelegramUserId id = new TelegramUserId(user.id());
        shop.contacts.register(new RegisterContactUseCase.Command(id, user.languageCode()));
        PlaceOrderUseCase.Placed placed = (PlaceOrderUseCase.Placed) shop.placeOrder.place(
                PlaceOrderUseCase.Command.purchase(id, DUO, Currency.XTR, new ServerId("de-1"), null));
        shop.confirmPayment.confirm(new ConfirmPaymentUseCase.Command(placed.order(), PaymentProvider.TELEGRAM_STARS,
                "charge-" + user.id(), placed.total()));
        return shop.subscriptions.findByOwner(id).get(0);
    }

    private ChatMessage openSubscription(TgUser user, String subscriptionsButton) {
        telegram.userSends(user, "/start");
        ChatMessage menu = telegram.awaitBotMessage(user.id(), m -> m.buttonData(subscriptionsButton).isPresent(), WAIT);
        telegram.userPresses(user, menu.messageId(), menu.buttonData(subscriptionsButton).orElseThrow());
        return telegram.awaitBotMessage(user.id(), m -> m.messageId() == menu.messageId() && m.buttonData("🌍").isPresent(), WAIT);
    }

    @Test
    void changeLocation_movesThePaidSubscription_keepsItsExpiry_andADoubleTapIsHarmless() {
        TgUser ann = new TgUser(3101, "Ann", "en");
        Subscription bought = duoOnDe(ann);
        Instant paidUntil = bought.expiresAt().orElseThrow();

        ChatMessage page = openSubscription(ann, "My subscriptions");
        telegram.userPresses(ann, page.messageId(), page.buttonData("Change location").orElseThrow());
        ChatMessage choices = telegram.awaitBotMessage(ann.id(), m -> m.messageId() == page.messageId()
                && m.text() != null && m.text().contains("Where to?"), WAIT);
        assertThat(choices.buttonTexts()).contains("📍 Server nl-1").noneMatch(t -> t.contains("de-1"));

        String move = choices.buttonData("nl-1").orElseThrow();
        telegram.userPresses(ann, choices.messageId(), move);
        ChatMessage moved = telegram.awaitBotMessage(ann.id(), m -> m.messageId() == page.messageId()
                && m.text() != null && m.text().contains("Moved to"), WAIT);
        assertThat(moved.text()).contains("Server nl-1", "nl-1.example.com");
        String again = telegram.userPresses(ann, choices.messageId(), move);
        bot.awaitAnswered(again);

        Subscription after = shop.subscriptions.findById(bought.id()).orElseThrow();
        assertThat(after.server()).isEqualTo(new ServerId("nl-1"));
        assertThat(after.expiresAt()).contains(paidUntil);
        assertThat(amsterdam.clientCount()).isEqualTo(1);
        assertThat(shop.panel.clientCount()).isZero();
        // The double tap edits the message to what it already says: Telegram answers "not modified", which is fine.
        assertThat(telegram.errors()).allMatch(error -> error.contains("message is not modified"));
    }

    @Test
    void changeLocation_inPersian_speaksPersian_andATrialIsNotOffered() {
        TgUser sara = new TgUser(3102, "سارا", "fa");
        duoOnDe(sara);

        ChatMessage page = openSubscription(sara, "اشتراک‌های من");
        telegram.userPresses(sara, page.messageId(), page.buttonData("تغییر لوکیشن").orElseThrow());
        ChatMessage choices = telegram.awaitBotMessage(sara.id(), m -> m.messageId() == page.messageId()
                && m.text() != null && m.text().contains("به کجا؟"), WAIT);
        telegram.userPresses(sara, choices.messageId(), choices.buttonData("nl-1").orElseThrow());
        telegram.awaitBotMessage(sara.id(), m -> m.messageId() == page.messageId() && m.text() != null
                && m.text().contains("منتقل شد"), WAIT);

        TgUser tom = new TgUser(3103, "Tom", "en");
        telegram.userSends(tom, "/start");
        ChatMessage menu = telegram.awaitBotMessage(tom.id(), m -> m.buttonData("Free trial").isPresent(), WAIT);
        telegram.userPresses(tom, menu.messageId(), "trial");
        telegram.awaitBotMessage(tom.id(), m -> m.text() != null && m.text().contains("vless://"), WAIT);
        telegram.userSends(tom, "/start");
        ChatMessage again = telegram.awaitBotMessage(tom.id(), m -> m.messageId() > menu.messageId()
                && m.buttonData("My subscriptions").isPresent(), WAIT);
        telegram.userPresses(tom, again.messageId(), again.buttonData("My subscriptions").orElseThrow());
        ChatMessage trialPage = telegram.awaitBotMessage(tom.id(), m -> m.messageId() == again.messageId()
                && m.text() != null && m.text().contains("vless://"), WAIT);
        assertThat(trialPage.buttonData("Change location")).isEmpty();
        assertThat(telegram.errors()).isEmpty();
    }

}
