package dev.tollgate.adapters.telegram.user;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.data;
import static dev.tollgate.adapters.telegram.testing.Replies.parts;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.Replies;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The card screens ask for the card at each use: switched on, re-priced or off between two taps. */
class CardSwitchScreensTest {

    private static final Optional<CardTransfer> USD = Optional.of(new CardTransfer("6037000011112222", "A. Shop", Currency.USD));
    private static final Optional<CardTransfer> EUR = Optional.of(new CardTransfer("6219861012345678", "A. Shop", Currency.EUR));

    private final TestShop shop = new TestShop();
    private final AtomicReference<Optional<CardTransfer>> card = new AtomicReference<>(Optional.empty());
    private final CardCheckoutScreen screen = new CardCheckoutScreen(UI, shop.listPlans, shop.placeOrder,
            shop.submitReceipt, card::get);
    private Session ann;

    @BeforeEach
    void registerAnn() {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(710), "en"));
        ann = session(710, Language.EN, shop.clock.instant());
    }

    private static Reply tap(Screen screen, Session session, String data) {
        return screen.onTap(session, CallbackData.parse(data).orElseThrow());
    }

    private Session waitingForTheReceipt(Reply placed) {
        Reply.Converse wait = parts(placed, Reply.Converse.class).get(0);
        assertThat(wait.step()).isEqualTo(CardCheckoutScreen.RECEIPT_STEP);
        return Replies.inConversation(ann, wait.step(), wait.values());
    }

    @Test
    void planScreenAndMyOrders_offerTheCardOnlyWhileOneIsInEffect() {
        PlanScreen plan = new PlanScreen(UI, shop.listPlans, shop.showWallet, card::get, null, HeldPlans.NONE);
        MyOrdersScreen orders = new MyOrdersScreen(UI, shop.listOrders, card::get);
        assertThat(data(tap(plan, ann, "plan:month"))).doesNotContain("card:month");

        card.set(USD);
        assertThat(data(tap(plan, ann, "plan:month"))).contains("card:month");
        tap(screen, ann, "card:month");
        assertThat(data(tap(orders, ann, "myord"))).anyMatch(d -> d.startsWith("myord:rcpt:"));

        card.set(Optional.empty());
        assertThat(data(tap(plan, ann, "plan:month"))).doesNotContain("card:month");
        assertThat(data(tap(orders, ann, "myord"))).noneMatch(d -> d.startsWith("myord:rcpt:"))
                .anyMatch(d -> d.startsWith("chk:x:"));
    }

    @Test
    void checkoutMethods_offerTheCardForATotalInTheCurrencyInEffectAtEachCheckout() {
        CheckoutMethod byCard = CheckoutMethod.builtIn((CardTransfer.Source) card::get).get(2);
        dev.tollgate.domain.shared.Money total = dev.tollgate.domain.shared.Money.of(499, Currency.USD);
        assertThat(byCard.button(UI, Language.EN, total, java.util.List.of())).isEmpty();
        card.set(USD);
        assertThat(byCard.button(UI, Language.EN, total, java.util.List.of())).isPresent();
        card.set(EUR);
        assertThat(byCard.button(UI, Language.EN, total, java.util.List.of())).isEmpty();
    }

    @Test
    void aSecondTap_afterTheCardCurrencyChanged_showsTheSameOrderInItsOwnCurrencyWithTheNewNumber() {
        card.set(USD);
        Session waiting = waitingForTheReceipt(tap(screen, ann, "card:month"));

        card.set(EUR);
        Reply again = tap(screen, waiting, "card:month");

        assertThat(text(again)).contains("4.99 USD", "6219861012345678").doesNotContain("EUR");
        assertThat(again.toast()).contains("same order");
        assertThat(shop.orders.findByCustomer(ann.user())).hasSize(1);
    }

    @Test
    void cardSwitchedOff_aTapPlacesNoOrder_butTheReceiptOfTheOrderAlreadyPlacedIsStillTaken() {
        card.set(USD);
        Session waiting = waitingForTheReceipt(tap(screen, ann, "card:month"));

        card.set(Optional.empty());
        Reply again = tap(screen, waiting, "card:month");
        assertThat(text(again)).contains("not offered for new orders", "send the receipt photo here");
        assertThat(data(again)).anyMatch(d -> d.startsWith("chk:x:"));
        assertThat(parts(again, Reply.EndConversation.class)).as("the wait stays").isEmpty();
        assertThat(text(tap(screen, ann, "card:month"))).contains("not offered any more");
        assertThat(shop.orders.findByCustomer(ann.user())).hasSize(1);

        Reply received = screen.onInput(waiting, new Inbound.Photo("AgAC9", "AQAD9"));
        assertThat(text(received)).contains("Receipt received");
        assertThat(shop.alerts.alerts()).hasSize(1);
    }
}
