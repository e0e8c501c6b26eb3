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
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.Replies;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each user screen with the in-memory core; assertions on the Reply, no Bot API involved. */
class UserScreensTest {

    private final TestShop shop = new TestShop();
    private final Optional<CardTransfer> card = CardTransfer.of("6037-0000-1111-2222", "A. Shop", "USD");
    private Session ann;

    @BeforeEach
    void registerAnn() {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(700), "en"));
        ann = session(700, Language.EN, shop.clock.instant());
    }

    private static Reply tap(dev.tollgate.adapters.telegram.routing.Screen screen, Session session, String data) {
        return screen.onTap(session, CallbackData.parse(data).orElseThrow());
    }

    @Test
    void mainMenu_onStart_greetsByNameAndOffersEveryRoom() {
        Reply reply = new MainMenuScreen(UI).onCommand(ann, new Inbound.Command("start", ""));
        assertThat(text(reply)).contains("Ann");
        assertThat(data(reply)).containsExactly("buy", "trial", "wallet", "subs", "help", "lang");
        assertThat(Replies.messages(reply).get(0).mode()).isEqualTo(Reply.Mode.SEND);
    }

    @Test
    void mainMenu_onAPhotoOutsideAConversation_explainsHowToPayByCard() {
        Reply reply = new MainMenuScreen(UI).onInput(ann, new Inbound.Photo("f", "u"));
        assertThat(text(reply)).contains("first choose a plan");
    }

    @Test
    void help_explainsAndOffersSupportAndTheWayBackToTheMenu() {
        Reply reply = tap(new HelpScreen(UI), ann, "help");
        assertThat(text(reply)).contains("How it works");
        assertThat(data(reply)).containsExactly("help:g", "help:faq", "support", "claim", "menu");
    }

    @Test
    void language_chosenInTheBot_isStoredAndTheMenuSpeaksIt() {
        LanguageScreen screen = new LanguageScreen(UI, shop.customerSettings);
        assertThat(data(tap(screen, ann, "lang"))).contains("lang:en", "lang:fa", "lang:ru");
        Reply reply = tap(screen, ann, "lang:fa");
        assertThat(text(reply)).contains("فارسی");
        assertThat(shop.customers.findById(ann.user()).orElseThrow().language()).isEqualTo(Language.FA);
        // Telegram's client language no longer overrides the choice.
        shop.contacts.register(new RegisterContactUseCase.Command(ann.user(), "ru"));
        assertThat(shop.customers.findById(ann.user()).orElseThrow().language()).isEqualTo(Language.FA);
        assertThat(tap(screen, ann, "lang:xx").alert()).isTrue();
    }

    @Test
    void trial_deliversTheLinkWithItsQrCodeOnceAndRefusesTheSecond() {
        TrialScreen screen = new TrialScreen(UI, shop.trials);
        Reply first = tap(screen, ann, "trial");
        assertThat(text(first)).contains("vless://");
        assertThat(parts(first, Reply.QrPhoto.class)).singleElement().satisfies(qr -> assertThat(qr.content()).startsWith("vless://"));
        Reply second = tap(screen, ann, "trial");
        assertThat(text(second)).contains("already used your free trial");
        assertThat(shop.panel.clientCount()).isEqualTo(1);
    }

    @Test
    void plans_listsEachPlanOnSaleWithItsPricesAndPagesManyPlans() {
        for (int i = 0; i < 12; i++) {
            shop.plans.insert(Plan.create(new PlanId("p" + i), "Plan " + i, new PlanTerms(new PlanId("p" + i), Duration.ofDays(30),
                    DataSize.ofGibibytes(10), 0, false, RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, Money.of(10, Currency.XTR)),
                    Set.of(shop.servers.all().get(0).id()), Set.of(), shop.clock.instant()));
        }
        PlansScreen screen = new PlansScreen(UI, shop.listPlans);
        Reply first = tap(screen, ann, "buy");
        assertThat(data(first)).filteredOn(d -> d.startsWith("plan:")).hasSize(PlansScreen.PAGE);
        assertThat(data(first)).contains("buy:1").doesNotContain("buy:-1");
        Reply last = tap(screen, ann, "buy:99");
        assertThat(data(last)).contains("buy:0").filteredOn(d -> d.startsWith("plan:")).hasSize(13 - PlansScreen.PAGE);
    }

    @Test
    void plan_offersStarsAndCardButNotAnEmptyWallet() {
        Reply reply = tap(new PlanScreen(UI, shop.listPlans, shop.showWallet, card), ann, "plan:month");
        assertThat(text(reply)).contains("Month &lt;50 GB&gt;", "30");
        assertThat(data(reply)).contains("stars:month", "card:month").noneMatch(d -> d.startsWith("wpay:"));
        assertThat(text(tap(new PlanScreen(UI, shop.listPlans, shop.showWallet, card), ann, "plan:gone"))).contains("no longer on sale");
    }

    @Test
    void starsCheckout_placesTheOrderAndSendsItsInvoice() {
        Reply reply = tap(new StarsCheckoutScreen(UI, shop.listPlans, shop.placeOrder), ann, "stars:month");
        Reply.Invoice invoice = parts(reply, Reply.Invoice.class).get(0);
        assertThat(invoice.currency()).isEqualTo("XTR");
        assertThat(invoice.amount()).isEqualTo(250);
        assertThat(shop.orders.findByCustomer(ann.user())).singleElement()
                .satisfies(order -> assertThat(order.id().toString()).isEqualTo(invoice.payload()));
    }

    @Test
    void walletCheckout_withoutEnoughBalance_refusesAndTakesNothing() {
        Reply reply = tap(new WalletCheckoutScreen(UI, shop.listPlans, shop.placeOrder, shop.payFromWallet), ann, "wpay:USD:month");
        assertThat(text(reply)).contains("wallet does not cover");
        assertThat(shop.ledger.entries(ann.user())).isEmpty();
        assertThat(text(tap(new WalletCheckoutScreen(UI, shop.listPlans, shop.placeOrder, shop.payFromWallet), ann, "wpay:GBX:month")))
                .contains("no longer on sale");
    }

    @Test
    void cardCheckout_waitsForTheReceiptInAStoredConversationAndSubmitsThePhoto() {
        CardCheckoutScreen screen = new CardCheckoutScreen(UI, shop.listPlans, shop.placeOrder, shop.submitReceipt, card);
        Reply placed = tap(screen, ann, "card:month");
        assertThat(text(placed)).contains("6037-0000-1111-2222", "4.99 USD");
        Reply.Converse wait = parts(placed, Reply.Converse.class).get(0);
        assertThat(wait.step()).isEqualTo(CardCheckoutScreen.RECEIPT_STEP);
        Session waiting = Replies.inConversation(ann, wait.step(), wait.values());
        assertThat(text(screen.onInput(waiting, new Inbound.Text("here it is")))).contains("as a photo, or as a file");
        Reply received = screen.onInput(waiting, new Inbound.Photo("AgAC1", "AQAD1"));
        assertThat(text(received)).contains("Receipt received");
        assertThat(parts(received, Reply.Converse.class)).singleElement()
                .satisfies(review -> assertThat(review.step()).isEqualTo(CardCheckoutScreen.REVIEW_STEP));
        assertThat(shop.alerts.alerts()).hasSize(1);
        assertThat(text(screen.onInput(waiting, new Inbound.Photo("AgAC2", "AQAD1")))).isNotBlank();
    }

    @Test
    void wallet_showsTheReferralLinkAndOnlyTheOfferedTopUps() {
        Reply reply = tap(new WalletScreen(UI, shop.showWallet, () -> "tollgate_bot"), ann, "wallet");
        assertThat(text(reply)).contains("https://t.me/tollgate_bot?start=ref_");
        assertThat(data(reply)).contains("top:100", "top:250", "top:500", "top:1000", "menu");
    }

    @Test
    void topUp_ofAnOfferedAmount_sendsAnInvoiceAndAForgedAmountIsRefused() {
        TopUpScreen screen = new TopUpScreen(UI, shop.placeOrder);
        assertThat(parts(tap(screen, ann, "top:250"), Reply.Invoice.class)).singleElement()
                .satisfies(invoice -> assertThat(invoice.amount()).isEqualTo(250));
        assertThat(tap(screen, ann, "top:7").alert()).isTrue();
        assertThat(shop.orders.findByCustomer(ann.user())).hasSize(1);
    }

    @Test
    void subscriptions_arePagedSoNoMessagePassesTheLimit() {
        new TrialScreen(UI, shop.trials).onTap(ann, CallbackData.of("trial"));
        SubscriptionsScreen screen = new SubscriptionsScreen(UI, shop.listSubscriptions, shop.feeds);
        Reply reply = tap(screen, ann, "subs");
        assertThat(text(reply)).contains("Your subscriptions", "vless://", "https://shop.example.com/sub/token-700");
        assertThat(text(reply).length()).isLessThan(4096);
        assertThat(text(tap(screen, session(701, Language.RU, shop.clock.instant()), "subs"))).isNotBlank();
    }

    @Test
    void autoRenew_forAnUnknownOrMalformedSubscription_changesNothing() {
        AutoRenewScreen screen = new AutoRenewScreen(UI, shop.autoRenew);
        assertThat(text(tap(screen, ann, "ar:on:00000000-0000-4000-8000-000000000000"))).contains("no longer valid");
        assertThat(tap(screen, ann, "ar:maybe:x").alert()).isTrue();
    }

    @Test
    void payments_preCheckoutAcceptsOnlyOurOrdersInStarsAndAPaidOrderIsRecordedOnce() {
        PaymentsScreen screen = new PaymentsScreen(UI, shop.confirmPayment, shop.alerts, shop.checkCheckout);
        Reply invoiceReply = tap(new StarsCheckoutScreen(UI, shop.listPlans, shop.placeOrder), ann, "stars:month");
        String payload = parts(invoiceReply, Reply.Invoice.class).get(0).payload();
        assertThat(parts(screen.onInput(ann, new Inbound.PreCheckout("q1", "XTR", 250, payload)), Reply.PreCheckoutAnswer.class)
                .get(0).ok()).isTrue();
        assertThat(parts(screen.onInput(ann, new Inbound.PreCheckout("q2", "XTR", 250, "forged")), Reply.PreCheckoutAnswer.class)
                .get(0).ok()).isFalse();
        screen.onInput(ann, new Inbound.Paid("XTR", 250, payload, "charge-1"));
        assertThat(screen.onInput(ann, new Inbound.Paid("XTR", 250, payload, "charge-1")).parts()).isEmpty();
        Session again = new Session(ann.user(), ann.chatId(), ann.firstName(), ann.language(), ann.conversation(), ann.now(), true);
        assertThat(text(screen.onInput(again, new Inbound.Paid("XTR", 250, payload, "charge-1")))).contains("received and recorded");
        assertThat(shop.payments.findByExternalId(dev.tollgate.domain.payment.PaymentProvider.TELEGRAM_STARS, "charge-1")).isPresent();
        assertThat(shop.orders.findByCustomer(ann.user()).get(0).status()).isNotEqualTo(OrderStatus.CREATED);
        Reply unmatched = screen.onInput(ann, new Inbound.Paid("XTR", 250, "not-ours", "charge-2"));
        assertThat(text(unmatched)).isNotBlank();
        assertThat(shop.alerts.alerts()).anySatisfy(a -> assertThat(a.toString()).contains("charge-2"));
    }
}
