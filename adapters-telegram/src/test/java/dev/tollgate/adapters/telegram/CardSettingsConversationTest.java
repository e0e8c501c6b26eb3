package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Card payments switched on, re-priced and off in the bot's shop settings by an owner whose configuration has no
 * card: the next checkout follows at once, and a receipt for an order placed before the switch-off still goes through.
 */
class CardSettingsConversationTest {

    private static final String TOKEN = "47:card-settings-test";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TgUser OWNER = new TgUser(TestShop.ADMIN.value(), "Olga", "en");
    private static final TgUser OWNER_RU = new TgUser(TestShop.ADMIN.value(), "Ольга", "ru");

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();

    @Test
    void ownerWithoutAConfiguredCard_switchesCardPaymentsOnInTheBot_buyersPayByCard_andTheResetSwitchesThemOff() {
        TgUser anna = new TgUser(7101, "Anna", "en");
        TgUser boris = new TgUser(7102, "Борис", "ru");
        TgUser carl = new TgUser(7103, "Carl", "en");
        assertThat(plan(anna, "Choose how to pay").buttonData("Card transfer")).as("no card configured").isEmpty();

        telegram.userSends(OWNER, "/admin");
        ChatMessage office = await(OWNER, m -> m.buttonData("Shop settings").isPresent());
        ChatMessage list = press(OWNER, office, "sets", "Shop settings");
        assertThat(list.text()).contains("Card payments: off");
        ChatMessage refusal = changeFromList(list, "Card currency", "XTR", "The card currency is one of");
        assertThat(refusal.buttonData("Back")).isPresent();
        assertThat(shop.settingsStore.all()).isEmpty();
        telegram.userSends(OWNER, "usd");
        ChatMessage currency = await(OWNER, m -> m.text().contains("Saved: — → USD"));
        assertThat(currency.text()).contains("Card payments: off");
        ChatMessage number = change(currency, "Card number", "6219 8610 1234 5678", "Saved: — → 6219861012345678");
        assertThat(number.text()).contains("Card payments: on, in USD").doesNotContain("No plan on sale");

        ChatMessage checkout = press(anna, plan(anna, "Choose how to pay"), "chk:p:month", "A new subscription");
        assertThat(checkout.buttonTexts()).anyMatch(text -> text.contains("Card transfer: 4.99 USD"));
        ChatMessage instructions = press(anna, checkout, checkout.buttonData("Card transfer").orElseThrow(), "to this card");
        assertThat(instructions.text()).contains("6219861012345678", "4.99 USD");
        telegram.userSendsPhoto(anna, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 1});
        await(anna, m -> m.text() != null && m.text().contains("Receipt received"));
        approveTheWaitingReceipt();
        awaitPaidOrder(anna);

        ChatMessage borisPlan = plan(boris, "Выберите способ оплаты");
        ChatMessage borisCard = press(boris, borisPlan, borisPlan.buttonData("Перевод на карту").orElseThrow(), "на карту");
        assertThat(borisCard.text()).contains("6219861012345678");

        telegram.userPresses(OWNER, number.messageId(), "sets:v:card.number");
        ChatMessage numberCard = await(OWNER, m -> m.messageId() == number.messageId() && m.edits() > number.edits());
        telegram.userPresses(OWNER, numberCard.messageId(), numberCard.buttonData("Reset").orElseThrow());
        ChatMessage reset = await(OWNER, m -> m.messageId() == number.messageId() && m.text().contains("Reset:"));
        assertThat(reset.text()).contains("Card payments: off");

        ChatMessage carlPlan = plan(carl, "Choose how to pay");
        assertThat(carlPlan.buttonData("Card transfer")).as("the reset switched card payments off").isEmpty();
        ChatMessage carlCheckout = press(carl, carlPlan, "chk:p:month", "A new subscription");
        assertThat(carlCheckout.buttonData("Card transfer")).isEmpty();

        ChatMessage again = press(boris, borisCard, borisPlan.buttonData("Перевод на карту").orElseThrow(),
                "больше не принимается");
        assertThat(again.text()).contains("пришлите сюда фото чека");
        telegram.userSendsPhoto(boris, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 2});
        await(boris, m -> m.text() != null && m.text().contains("Чек получен"));
        approveTheWaitingReceipt();
        awaitPaidOrder(boris);
        assertThat(shop.orders.findByCustomer(new TelegramUserId(boris.id()))).as("no second order").hasSize(1);

        assertThat(shop.audit.all()).filteredOn(e -> e.subject().startsWith("setting "))
                .extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::before, AuditEntry::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.SHOP_SETTING_CHANGED, "setting card.currency", "", "USD"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.SHOP_SETTING_CHANGED, "setting card.number", "",
                                "6219861012345678"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.SHOP_SETTING_RESET, "setting card.number",
                                "6219861012345678", ""));
        assertThat(shop.settingsStore.all()).isEqualTo(Map.of(ShopSetting.CARD_CURRENCY, "USD"));
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void aCardCurrencyNoPlanIsPricedIn_isSavedWithAWarning_andCheckoutOffersTheCardOnlyOnceAPlanCanBePaidInIt() {
        TgUser sara = new TgUser(7201, "Sara", "en");
        telegram.userSends(OWNER_RU, "/admin");
        ChatMessage office = await(OWNER_RU, m -> m.text() != null && m.text().contains("владелец"));
        ChatMessage number = changeByData(office, "card.number", "6219861012345678", "6219861012345678");
        assertThat(number.text()).contains("Оплата картой: включена, в IRR", "Ни у одного тарифа в продаже нет цены в IRR");
        assertThat(plan(sara, "Choose how to pay").buttonData("Card transfer")).as("no plan priced in IRR").isEmpty();

        ChatMessage euro = changeByData(number, "card.currency", "eur", "EUR");
        assertThat(euro.text()).contains("Оплата картой: включена, в EUR", "нет цены в EUR");
        ChatMessage dollar = changeByData(euro, "card.currency", "USD", "→ USD");
        assertThat(dollar.text()).contains("Оплата картой: включена, в USD").doesNotContain("Ни у одного тарифа");
        assertThat(plan(sara, "Choose how to pay").buttonTexts()).anyMatch(text -> text.contains("Card transfer: 4.99 USD"));
        assertThat(telegram.errors()).isEmpty();
    }

    private ChatMessage plan(TgUser buyer, String expected) {
        int sent = telegram.userSends(buyer, "/start");
        ChatMessage menu = await(buyer, m -> m.messageId() > sent && !m.buttonTexts().isEmpty());
        return press(buyer, menu, "plan:month", expected);
    }

    private ChatMessage change(ChatMessage on, String settingButton, String typed, String expected) {
        return changeFromList(press(OWNER, on, "sets", "Shop settings"), settingButton, typed, expected);
    }

    private ChatMessage changeFromList(ChatMessage list, String settingButton, String typed, String expected) {
        ChatMessage card = press(OWNER, list, list.buttonData(settingButton).orElseThrow(), "In effect");
        press(OWNER, card, card.buttonData("Change").orElseThrow(), "Send the");
        telegram.userSends(OWNER, typed);
        return await(OWNER, m -> m.text().contains(expected));
    }

    /** The same steps by callback data, whatever the owner's language. */
    private ChatMessage changeByData(ChatMessage on, String key, String typed, String expected) {
        telegram.userPresses(OWNER_RU, on.messageId(), "sets:e:" + key);
        await(OWNER_RU, m -> m.messageId() == on.messageId() && m.edits() > on.edits());
        int sent = telegram.userSends(OWNER_RU, typed);
        return await(OWNER_RU, m -> m.messageId() > sent && m.text().contains(expected));
    }

    private void approveTheWaitingReceipt() {
        int sent = telegram.userSends(OWNER, "/receipts");
        ChatMessage photo = await(OWNER, m -> m.messageId() > sent && m.caption() != null && m.caption().contains("Receipt to review")
                && m.buttonData("Approve").isPresent());
        telegram.userPresses(OWNER, photo.messageId(), photo.buttonData("Approve").orElseThrow());
        await(OWNER, m -> m.messageId() == photo.messageId()
                && m.buttonTexts().stream().anyMatch(text -> text.contains("Approved")));
    }

    private void awaitPaidOrder(TgUser buyer) {
        TelegramUserId id = new TelegramUserId(buyer.id());
        for (int i = 0; i < 1000 && shop.orders.findByCustomer(id).stream()
                .noneMatch(o -> o.status() == OrderStatus.FULFILLED); i++) {
            sleep();
        }
        assertThat(shop.orders.findByCustomer(id)).extracting(o -> o.status()).contains(OrderStatus.FULFILLED);
        assertThat(shop.subscriptions.findByOwner(id)).hasSize(1);
    }

    private ChatMessage press(TgUser user, ChatMessage on, String data, String expected) {
        telegram.userPresses(user, on.messageId(), data);
        return await(user, m -> m.text() != null && m.text().contains(expected)
                && (m.messageId() > on.messageId() || m.messageId() == on.messageId() && m.edits() > on.edits()));
    }

    private ChatMessage await(TgUser user, Predicate<ChatMessage> condition) {
        return telegram.awaitBotMessage(user.id(), condition, WAIT);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
