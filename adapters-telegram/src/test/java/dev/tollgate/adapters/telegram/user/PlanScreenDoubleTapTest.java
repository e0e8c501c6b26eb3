package dev.tollgate.adapters.telegram.user;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.parts;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.Replies;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan screen's own pay buttons (first purchase, no checkout opened): a double tap places one order. */
class PlanScreenDoubleTapTest {

    private final TestShop shop = new TestShop();
    private final Optional<CardTransfer> card = CardTransfer.of("6037-0000-1111-2222", "A. Shop", "USD");
    private final StarsCheckoutScreen stars = new StarsCheckoutScreen(UI, shop.listPlans, shop.placeOrder);
    private final WalletCheckoutScreen wallet = new WalletCheckoutScreen(UI, shop.listPlans, shop.placeOrder,
            shop.payFromWallet);
    private final CardCheckoutScreen cardScreen = new CardCheckoutScreen(UI, shop.listPlans, shop.placeOrder,
            shop.submitReceipt, card);
    private Session ann;

    @BeforeEach
    void registerAnn() {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(700), "en"));
        ann = session(700, Language.EN, shop.clock.instant());
    }

    private Session after(Session session, Reply reply) {
        Session now = session;
        for (Reply.Part part : reply.parts()) {
            if (part instanceof Reply.Converse converse) {
                now = Replies.inConversation(now, converse.step(), converse.values());
            }
        }
        return new Session(now.user(), now.chatId(), now.firstName(), now.language(), now.conversation(),
                shop.clock.instant());
    }

    private static Reply tap(Screen screen, Session session, String data) {
        return screen.onTap(session, CallbackData.parse(data).orElseThrow());
    }

    @Test
    void starsButtonOfThePlanScreen_tappedTwice_sendsTheSameInvoiceForOneOrder() {
        Reply first = tap(stars, ann, "stars:month");
        Reply second = tap(stars, after(ann, first), "stars:month");

        assertThat(parts(second, Reply.Invoice.class).get(0).payload())
                .isEqualTo(parts(first, Reply.Invoice.class).get(0).payload());
        assertThat(second.toast()).contains("same invoice");
        assertThat(shop.orders.findByCustomer(ann.user())).hasSize(1);
    }

    @Test
    void starsButton_tappedAgainAfterThePaymentWindow_placesAFreshOrder() {
        Reply first = tap(stars, ann, "stars:month");
        shop.clock.advance(Duration.ofMinutes(31));
        tap(stars, after(ann, first), "stars:month");
        assertThat(shop.orders.findByCustomer(ann.user())).hasSize(2);
    }

    @Test
    void cardButtonOfThePlanScreen_tappedTwice_showsTheSameOrdersInstructions() {
        Reply first = tap(cardScreen, ann, "card:month");
        Reply second = tap(cardScreen, after(ann, first), "card:month");

        assertThat(text(second)).isEqualTo(text(first)).contains("6037-0000-1111-2222", "4.99");
        assertThat(second.toast()).contains("same order");
        assertThat(shop.orders.findByCustomer(ann.user())).hasSize(1);
    }

    @Test
    void walletButtonOfThePlanScreen_tappedTwice_paysOnce() {
        Reply topUp = tap(new TopUpScreen(UI, shop.placeOrder), ann, "top:500");
        Reply.Invoice invoice = parts(topUp, Reply.Invoice.class).get(0);
        shop.confirmPayment.confirm(new dev.tollgate.application.port.in.ConfirmPaymentUseCase.Command(
                dev.tollgate.domain.order.OrderId.parse(invoice.payload()),
                dev.tollgate.domain.payment.PaymentProvider.TELEGRAM_STARS, "charge-top", Money.of(500, Currency.XTR)));

        Reply first = tap(wallet, ann, "wpay:XTR:month");
        Reply second = tap(wallet, after(ann, first), "wpay:XTR:month");

        assertThat(text(first)).contains("paid from your wallet");
        assertThat(text(second)).contains("already paid");
        assertThat(shop.ledger.wallet(ann.user(), Currency.XTR).balance()).isEqualTo(Money.of(250, Currency.XTR));
        assertThat(shop.subscriptions.findByOwner(ann.user())).hasSize(1);
    }
}
