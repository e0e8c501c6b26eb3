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
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The storefront's screens over the in-memory core: renew, upgrade, promo codes, the subscription page. */
class StoreScreensTest {

    private final TestShop shop = new TestShop();
    private final Optional<CardTransfer> card = CardTransfer.of("6037-0000-1111-2222", "A. Shop", "USD");
    private final CheckoutScreen checkout = new CheckoutScreen(UI, shop.listPlans, shop.quotes, shop.renewals,
            shop.showWallet, card, shop.cancelOrder);
    private final CardCheckoutScreen cardScreen = new CardCheckoutScreen(UI, shop.listPlans, shop.placeOrder,
            shop.submitReceipt, card);
    private final PlanScreen planScreen = new PlanScreen(UI, shop.listPlans, shop.showWallet, card, null,
            new HeldPlans(shop.renewals, shop.listSubscriptions));
    private final StarsCheckoutScreen stars = new StarsCheckoutScreen(UI, shop.listPlans, shop.placeOrder);
    private final WalletCheckoutScreen wallet = new WalletCheckoutScreen(UI, shop.listPlans, shop.placeOrder,
            shop.payFromWallet);
    private final PaymentsScreen payments = new PaymentsScreen(UI, shop.confirmPayment, shop.alerts, shop.checkCheckout);
    private final SubscriptionsScreen subscriptions = new SubscriptionsScreen(UI, shop.listSubscriptions, shop.feeds,
            shop.renewals);
    private Session ann;

    @BeforeEach
    void registerAnn() {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(700), "en"));
        ann = session(700, Language.EN, shop.clock.instant());
        shop.plans.insert(Plan.create(new PlanId("quarter"), "Quarter", new PlanTerms(new PlanId("quarter"),
                        Duration.ofDays(90), DataSize.ofGibibytes(200), 3, false, RenewalPolicy.STACK_BOTH),
                Map.of(Currency.XTR, Money.of(600, Currency.XTR)), Set.of(shop.servers.all().get(0).id()), Set.of(),
                shop.clock.instant()));
    }

    /** The session as the next update finds it: the clock's time and the conversation the reply left. */
    private Session after(Session session, Reply reply) {
        Session now = new Session(session.user(), session.chatId(), session.firstName(), session.language(),
                session.conversation(), shop.clock.instant());
        for (Reply.Part part : reply.parts()) {
            if (part instanceof Reply.Converse converse) {
                now = Replies.inConversation(now, converse.step(), converse.values());
            } else if (part instanceof Reply.EndConversation) {
                now = new Session(now.user(), now.chatId(), now.firstName(), now.language(), Optional.empty(), now.now());
            }
        }
        return now;
    }

    private static Reply tap(Screen screen, Session session, String data) {
        return screen.onTap(session, CallbackData.parse(data).orElseThrow());
    }

    private Subscription buyMonthWithStars(Session session) {
        Reply invoiceReply = tap(stars, session, "stars:month");
        payStars(session, invoiceReply);
        return shop.subscriptions.findByOwner(session.user()).get(0);
    }

    private void payStars(Session session, Reply invoiceReply) {
        Reply.Invoice invoice = parts(invoiceReply, Reply.Invoice.class).get(0);
        payments.onInput(session, new Inbound.Paid("XTR", invoice.amount(), invoice.payload(), "ch-" + UUID.randomUUID()));
    }

    @Test
    void plan_alreadyHeld_offersRenewFirstAndASeparateSubscriptionOnlyWhenAsked() {
        Subscription month = buyMonthWithStars(ann);
        Reply reply = tap(planScreen, ann, "plan:month");
        assertThat(text(reply)).contains("You already have", "Month &lt;50 GB&gt;");
        assertThat(data(reply)).first().isEqualTo("chk:r:" + month.id());
        assertThat(data(reply)).contains("plan:month:new").noneMatch(d -> d.startsWith("stars:"));
        assertThat(data(tap(planScreen, ann, "plan:month:new"))).contains("stars:month", "chk:pc:month");
        assertThat(data(tap(planScreen, ann, "plan:quarter"))).contains("stars:quarter");
    }

    @Test
    void renew_showsTheStackedExpiryBeforePayingAndKeepsTheCredentialAndLink() {
        Subscription month = buyMonthWithStars(ann);
        Instant paidUntil = month.expiresAt().orElseThrow();
        shop.clock.advance(Duration.ofDays(10));
        Session s = after(ann, Reply.nothing());
        Reply offer = tap(checkout, s, "chk:r:" + month.id());
        assertThat(text(offer)).contains("Renew Month", "link, QR code and app settings stay the same",
                UI.formats().dateTime(Language.EN, paidUntil.plus(Duration.ofDays(30))), "100 GB",
                "days you have left are kept", "Unused traffic is kept", "⭐ 250");
        assertThat(data(offer)).contains("stars:_c", "chk:code");
        s = after(s, offer);
        Reply invoice = tap(stars, s, "stars:_c");
        Session again = after(s, invoice);
        Reply second = tap(stars, again, "stars:_c");
        assertThat(parts(second, Reply.Invoice.class).get(0).payload())
                .isEqualTo(parts(invoice, Reply.Invoice.class).get(0).payload());
        payStars(again, invoice);

        assertThat(shop.subscriptions.findByOwner(ann.user())).singleElement().satisfies(renewed -> {
            assertThat(renewed.id()).isEqualTo(month.id());
            assertThat(renewed.credential()).isEqualTo(month.credential());
            assertThat(renewed.expiresAt()).contains(paidUntil.plus(Duration.ofDays(30)));
        });
        assertThat(shop.panel.clientCount()).isEqualTo(1);
        assertThat(shop.orders.findByCustomer(ann.user())).hasSize(2);
    }

    @Test
    void upgrade_offersOnlyBiggerPlansAndShowsTheCreditBeforePaying() {
        Subscription month = buyMonthWithStars(ann);
        shop.clock.advance(Duration.ofDays(15));
        Session s = after(ann, Reply.nothing());
        Reply choices = tap(checkout, s, "chk:u:" + month.id());
        assertThat(data(choices)).contains("chk:up:quarter").doesNotContain("chk:up:month");
        s = after(s, choices);
        Reply offer = tap(checkout, s, "chk:up:quarter");
        assertThat(text(offer)).contains("Upgrade to Quarter", "⭐ 600", "− ⭐ 125", "= <b>⭐ 475</b>");
        assertThat(data(offer)).contains("chk:u:" + month.id());
        assertThat(text(tap(checkout, after(s, offer), "chk:up:quarter"))).contains("Upgrade to Quarter");
        Reply invoice = tap(stars, after(s, offer), "stars:_c");
        assertThat(parts(invoice, Reply.Invoice.class).get(0).amount()).isEqualTo(475);
        payStars(s, invoice);
        assertThat(shop.subscriptions.findByOwner(ann.user())).singleElement().satisfies(upgraded -> {
            assertThat(upgraded.plan()).contains(new PlanId("quarter"));
            assertThat(upgraded.credential()).isEqualTo(month.credential());
        });
        assertThat(tap(checkout, after(ann, Reply.nothing()), "chk:up:quarter").toString()).contains("no longer open");
    }

    @Test
    void promoCode_typedAtCheckout_showsTheDiscountAndIsTakenOnce() {
        Instant now = shop.clock.instant();
        shop.discountCodes.insert(DiscountCode.percent(new PromoCode("SPRING"), 20, now, now.plus(Duration.ofDays(5)), 10));
        shop.discountCodes.insert(DiscountCode.percent(new PromoCode("WINTER"), 20, now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(1)), 10));
        Reply ask = tap(checkout, ann, "chk:pc:month");
        assertThat(text(ask)).contains("Type your promo code");
        Session s = after(ann, ask);
        assertThat(parts(ask, Reply.Converse.class).get(0).step()).isEqualTo(Checkout.CODE_STEP);

        assertThat(text(checkout.onInput(s, new Inbound.Text("no such")))).contains("not a promo code");
        assertThat(text(checkout.onInput(s, new Inbound.Text("NOPE1")))).contains("no promo code <b>NOPE1</b>");
        assertThat(text(checkout.onInput(s, new Inbound.Text("winter")))).contains("<b>WINTER</b> has expired");
        Reply applied = checkout.onInput(s, new Inbound.Text(" spring "));
        assertThat(text(applied)).contains("⭐ 250 − ⭐ 50 (code SPRING) = <b>⭐ 200</b>", "Code <b>SPRING</b> applied");
        assertThat(data(applied)).contains("stars:_c", "card:_c", "chk:nocode");
        s = after(s, applied);
        Reply invoice = tap(stars, s, "stars:_c");
        assertThat(parts(invoice, Reply.Invoice.class).get(0).amount()).isEqualTo(200);
        assertThat(shop.discountCodes.find(new PromoCode("SPRING")).orElseThrow().timesUsed()).isEqualTo(1);

        Session later = after(after(s, invoice), tap(checkout, after(s, invoice), "chk:pc:month"));
        assertThat(text(checkout.onInput(later, new Inbound.Text("SPRING")))).contains("already used");
        assertThat(data(tap(checkout, later, "chk:nocode"))).contains("stars:_c");
    }

    @Test
    void walletPayment_tappedTwice_paysOnce() {
        Reply topUp = tap(new TopUpScreen(UI, shop.placeOrder), ann, "top:500");
        payStars(ann, topUp);
        Reply offer = tap(checkout, ann, "chk:p:month");
        assertThat(data(offer)).contains("wpay:XTR:_c");
        Session s = after(ann, offer);
        Reply first = tap(wallet, s, "wpay:XTR:_c");
        assertThat(text(first)).contains("paid from your wallet");
        Reply second = tap(wallet, after(s, first), "wpay:XTR:_c");
        assertThat(text(second)).contains("already paid");
        assertThat(shop.ledger.wallet(ann.user(), Currency.XTR).balance()).isEqualTo(Money.of(250, Currency.XTR));
        assertThat(shop.subscriptions.findByOwner(ann.user())).hasSize(1);
    }

    @Test
    void checkout_afterItClosed_saysSoInsteadOfGuessing() {
        for (String data : List.of("stars:_c", "wpay:XTR:_c", "card:_c")) {
            Screen screen = data.startsWith("stars") ? stars : data.startsWith("wpay") ? wallet
                    : new CardCheckoutScreen(UI, shop.listPlans, shop.placeOrder, shop.submitReceipt, card);
            assertThat(text(tap(screen, ann, data))).contains("no longer open");
        }
        assertThat(text(tap(checkout, ann, "chk:code"))).contains("no longer open");
        assertThat(tap(checkout, ann, "chk:r:not-an-id").alert()).isTrue();
        assertThat(shop.orders.findByCustomer(ann.user())).isEmpty();
    }

    @Test
    void subscriptionPage_showsTrafficBarDaysLeftDevicesAndTheWaysOn() {
        Subscription month = buyMonthWithStars(ann);
        shop.panel.addTraffic(month.credential().email(), 0, DataSize.ofGibibytes(10).bytes());
        Subscription used = shop.subscriptions.findById(month.id()).orElseThrow();
        used.recordUsage(DataSize.ofGibibytes(10), shop.clock.instant());
        shop.subscriptions.update(used);
        shop.clock.advance(Duration.ofDays(3));
        Reply page = tap(subscriptions, after(ann, Reply.nothing()), "subs");
        assertThat(text(page)).contains("▰▰▱▱▱▱▱▱▱▱ 20 %", "10 GB used of 50 GB", "(27 days left)", "Devices: unlimited",
                "vless://", "https://shop.example.com/sub/token-700");
        assertThat(data(page)).contains("chk:r:" + month.id(), "chk:u:" + month.id(), "ar:on:" + month.id(), "subs:qr:0");
        assertThat(parts(tap(subscriptions, ann, "subs:qr:0"), Reply.QrPhoto.class)).singleElement()
                .satisfies(qr -> assertThat(qr.content()).isEqualTo("https://shop.example.com/sub/token-700"));
        Session fa = session(700, Language.FA, shop.clock.instant());
        assertThat(text(tap(subscriptions, fa, "subs"))).contains("۲۰٪", "۲۷ روز باقی‌مانده");
    }

    @Test
    void anySequenceOfRenewalsThroughTheBot_keepsOneCredentialAndNeverLosesPaidTime() {
        for (long seed = 1; seed <= 5; seed++) {
            TestShop each = new TestShop();
            Random random = new Random(seed);
            TelegramUserId user = new TelegramUserId(800 + seed);
            each.contacts.register(new RegisterContactUseCase.Command(user, "en"));
            CheckoutScreen chk = new CheckoutScreen(UI, each.listPlans, each.quotes, each.renewals, each.showWallet, card,
                    each.cancelOrder);
            StarsCheckoutScreen pay = new StarsCheckoutScreen(UI, each.listPlans, each.placeOrder);
            WalletCheckoutScreen fromWallet = new WalletCheckoutScreen(UI, each.listPlans, each.placeOrder, each.payFromWallet);
            TopUpScreen topUp = new TopUpScreen(UI, each.placeOrder);
            PaymentsScreen paid = new PaymentsScreen(UI, each.confirmPayment, each.alerts, each.checkCheckout);
            Session s = session(user.value(), Language.EN, each.clock.instant());
            Reply invoice = tap(pay, s, "stars:month");
            Reply.Invoice first = parts(invoice, Reply.Invoice.class).get(0);
            paid.onInput(s, new Inbound.Paid("XTR", first.amount(), first.payload(), "first-" + seed));
            Subscription original = each.subscriptions.findByOwner(user).get(0);
            for (int step = 0; step < 12; step++) {
                each.clock.advance(Duration.ofHours(random.nextInt(40 * 24)));
                Subscription before = each.subscriptions.findById(original.id()).orElseThrow();
                Duration left = before.remainingTime(each.clock.instant());
                s = session(user.value(), Language.EN, each.clock.instant());
                Reply offer = tap(chk, s, "chk:r:" + original.id());
                Session open = after(s, offer);
                int taps = 1 + random.nextInt(2);
                if (random.nextBoolean()) {
                    Reply bill = tap(pay, open, "stars:_c");
                    for (int t = 1; t < taps; t++) {
                        bill = tap(pay, after(open, bill), "stars:_c");
                    }
                    Reply.Invoice i = parts(bill, Reply.Invoice.class).get(0);
                    paid.onInput(open, new Inbound.Paid("XTR", i.amount(), i.payload(), "ch-" + seed + "-" + step));
                } else {
                    Reply.Invoice i = parts(tap(topUp, s, "top:250"), Reply.Invoice.class).get(0);
                    paid.onInput(s, new Inbound.Paid("XTR", i.amount(), i.payload(), "top-" + seed + "-" + step));
                    Reply result = tap(fromWallet, open, "wpay:XTR:_c");
                    for (int t = 1; t < taps; t++) {
                        result = tap(fromWallet, after(open, result), "wpay:XTR:_c");
                    }
                }
                List<Subscription> mine = each.subscriptions.findByOwner(user);
                assertThat(mine).as("seed %s step %s", seed, step).singleElement().satisfies(renewed -> {
                    assertThat(renewed.credential()).isEqualTo(original.credential());
                    assertThat(renewed.remainingTime(each.clock.instant())).isEqualTo(left.plus(Duration.ofDays(30)));
                });
                assertThat(each.panel.clientCount()).isEqualTo(1);
                assertThat(each.ledger.wallet(user, Currency.XTR).balance().isNegative()).isFalse();
            }
        }
    }

    @Test
    void cardReceipt_asAPdfIsTakenAndASecondWhileUnderReviewIsNotAdded() {
        Reply instructions = tap(cardScreen, ann, "card:month");
        Session waiting = after(ann, instructions);
        assertThat(text(cardScreen.onInput(waiting, new Inbound.Document("BQ1", "U1", "application/zip", 100))))
                .contains("cannot be checked");
        Reply received = cardScreen.onInput(waiting, new Inbound.Document("BQ2", "U2", "application/pdf", 200_000));
        assertThat(text(received)).contains("Receipt received");
        assertThat(shop.alerts.alerts()).singleElement()
                .satisfies(alert -> assertThat(alert.toString()).contains(CardCheckoutScreen.DOCUMENT_PREFIX + "BQ2"));
        Session inReview = after(waiting, received);
        Reply second = cardScreen.onInput(inReview, new Inbound.Photo("AgAC9", "AQAD9"));
        assertThat(text(second)).contains("already being reviewed", "was not added");
        assertThat(shop.alerts.alerts()).hasSize(1);
        String cancel = data(instructions).stream().filter(d -> d.startsWith("chk:x:")).findFirst().orElseThrow();
        assertThat(text(tap(checkout, inReview, cancel))).contains("can no longer be cancelled");
    }

    @Test
    void cancel_anUnpaidOrder_closesItAndItsCheckout() {
        Reply offer = tap(checkout, ann, "chk:p:month");
        Session open = after(ann, offer);
        Reply invoice = tap(stars, open, "stars:_c");
        String cancel = data(invoice).stream().filter(d -> d.startsWith("chk:x:")).findFirst().orElseThrow();
        Reply cancelled = tap(checkout, after(open, invoice), cancel);
        assertThat(text(cancelled)).contains("is cancelled", "goes to your wallet");
        assertThat(parts(cancelled, Reply.EndConversation.class)).hasSize(1);
        assertThat(shop.orders.findByCustomer(ann.user())).singleElement()
                .satisfies(order -> assertThat(order.status()).isEqualTo(dev.tollgate.domain.order.OrderStatus.CANCELLED));
        assertThat(text(tap(checkout, ann, cancel))).contains("can no longer be cancelled");
        assertThat(tap(checkout, ann, "chk:x:forged").alert()).isTrue();
    }

    @Test
    void walletHistory_pagesTheLedgerNewestFirst() {
        TopUpScreen topUp = new TopUpScreen(UI, shop.placeOrder);
        for (int i = 0; i < WalletHistoryScreen.PAGE + 3; i++) {
            payStars(ann, tap(topUp, ann, "top:100"));
        }
        WalletHistoryScreen history = new WalletHistoryScreen(UI, shop.showWallet);
        Reply first = tap(history, ann, "hist");
        assertThat(text(first)).contains("Wallet history", "Top-up: <b>+⭐ 100</b> · balance ⭐ 1100");
        assertThat(text(first).split("Top-up", -1)).hasSize(WalletHistoryScreen.PAGE + 1);
        assertThat(data(first)).contains("hist:1", "wallet", "menu");
        Reply second = tap(history, ann, "hist:1");
        assertThat(text(second).split("Top-up", -1)).hasSize(4);
        assertThat(text(second)).contains("balance ⭐ 100");
        assertThat(data(second)).contains("hist:0").doesNotContain("hist:2");
        assertThat(text(tap(history, ann, "hist:99"))).isEqualTo(text(second));
        assertThat(text(tap(history, session(701, Language.RU, shop.clock.instant()), "hist"))).contains("Пока пусто");
    }

    @Test
    void referrals_showTheLinkJoinedCashbackAndTerms() {
        TelegramUserId bob = new TelegramUserId(701);
        shop.contacts.register(new RegisterContactUseCase.Command(bob, "en",
                dev.tollgate.domain.referral.ReferralCode.of(ann.user()).startParameter()));
        buyMonthWithStars(session(701, Language.EN, shop.clock.instant()));
        ReferralsScreen screen = new ReferralsScreen(UI, shop.showReferrals, () -> "tollgate_bot");
        Reply reply = tap(screen, ann, "ref");
        assertThat(text(reply)).contains("https://t.me/tollgate_bot?start=ref_", "Friends who joined: 1",
                "Cashback earned: ⭐ 25", "10 % of the price");
        assertThat(messagesButtons(reply)).anySatisfy(url -> assertThat(url).startsWith("https://t.me/share/url?url=https%3A%2F%2Ft.me"));
        assertThat(parts(tap(screen, ann, "ref:qr"), Reply.QrPhoto.class)).singleElement()
                .satisfies(qr -> assertThat(qr.content()).startsWith("https://t.me/tollgate_bot?start=ref_"));
        assertThat(data(tap(new WalletScreen(UI, shop.showWallet, () -> "tollgate_bot"), ann, "wallet"))).contains("hist", "ref");
    }

    private static List<String> messagesButtons(Reply reply) {
        return Replies.messages(reply).stream().flatMap(m -> m.keyboard().buttons().stream())
                .map(dev.tollgate.adapters.telegram.routing.Button::url).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void trialToPaid_deliveryRemindersAndSuspensionsCarryTheWayOn() {
        Reply trial = tap(new TrialScreen(UI, shop.trials), ann, "trial");
        assertThat(data(trial)).startsWith("buy").contains("subs", "menu");
        var trialId = shop.subscriptions.findByOwner(ann.user()).get(0).id();
        var reminder = new dev.tollgate.application.port.out.Notice.Reminder(trialId,
                dev.tollgate.domain.reminder.ReminderKind.values()[0], shop.clock.instant(), DataSize.ZERO);
        List<String> buttons = NoticeButtons.keyboard(UI, Language.EN, reminder).buttons().stream()
                .map(dev.tollgate.adapters.telegram.routing.Button::data).toList();
        assertThat(buttons).containsExactly("chk:r:" + trialId, "buy", "wallet", "menu");
        Reply renewTrial = tap(checkout, ann, "chk:r:" + trialId);
        assertThat(text(renewTrial)).contains("trial cannot be renewed");
        assertThat(data(renewTrial)).contains("buy");
        var suspended = new dev.tollgate.application.port.out.Notice.AccessSuspended(trialId,
                dev.tollgate.application.port.out.Notice.SuspensionReason.EXPIRED);
        assertThat(NoticeButtons.keyboard(UI, Language.FA, suspended).buttons()).hasSize(4);
        var revoked = new dev.tollgate.application.port.out.Notice.AccessSuspended(trialId,
                dev.tollgate.application.port.out.Notice.SuspensionReason.REVOKED);
        assertThat(NoticeButtons.keyboard(UI, Language.RU, revoked).buttons()).hasSize(1);
        var rejected = new dev.tollgate.application.port.out.Notice.ReceiptRejected(dev.tollgate.domain.order.OrderId.random());
        assertThat(NoticeButtons.keyboard(UI, Language.EN, rejected, Optional.of("https://t.me/tollgate_help")).buttons())
                .extracting(dev.tollgate.adapters.telegram.routing.Button::url).contains("https://t.me/tollgate_help");
        assertThat(NoticeButtons.keyboard(UI, Language.EN, rejected).buttons()).extracting(dev.tollgate.adapters.telegram.routing.Button::data)
                .containsExactly("buy", "menu");
    }

    @Test
    void help_showsTheConfiguredSupportFaqAndGuidesAndTheBuiltInOnesOtherwise() {
        HelpScreen builtIn = new HelpScreen(UI);
        assertThat(data(tap(builtIn, ann, "help:g"))).contains("help:g:android", "help:g:ios", "help:g:windows", "help:g:macos");
        assertThat(text(tap(builtIn, ann, "help:g:android"))).contains("v2rayNG", "Add to my VPN app");
        assertThat(text(tap(builtIn, session(700, Language.FA, shop.clock.instant()), "help:faq"))).contains("پرسش و پاسخ");
        assertThat(tap(builtIn, ann, "help:g:symbian").alert()).isTrue();

        dev.tollgate.adapters.telegram.StorefrontSettings shopTexts = new dev.tollgate.adapters.telegram.StorefrontSettings(
                "@tollgate_help", Map.of(Language.EN, "Q: <fast>? A: yes."),
                List.of(new dev.tollgate.adapters.telegram.StorefrontSettings.Guide("router",
                        Map.of(Language.EN, "Router", Language.FA, "روتر"), Map.of(Language.EN, "Flash OpenWrt."))));
        HelpScreen configured = new HelpScreen(UI, shopTexts);
        Reply main = tap(configured, ann, "help");
        assertThat(text(main)).contains("Support: @tollgate_help");
        assertThat(messagesButtons(main)).containsExactly("https://t.me/tollgate_help");
        assertThat(text(tap(configured, ann, "help:faq"))).contains("Q: &lt;fast&gt;? A: yes.");
        assertThat(data(tap(configured, ann, "help:g"))).contains("help:g:router").doesNotContain("help:g:android");
        assertThat(text(tap(configured, session(700, Language.FA, shop.clock.instant()), "help:g:router")))
                .contains("روتر", "Flash OpenWrt.");
        assertThat(text(tap(configured, session(700, Language.RU, shop.clock.instant()), "help:faq"))).contains("Вопросы и ответы");
    }

    @Test
    void location_ofAPlanOnSeveralServers_isChosenBeforePayingAndTheSubscriptionGoesThere() {
        dev.tollgate.application.fakes.InMemoryPanelGateway amsterdam = new dev.tollgate.application.fakes.InMemoryPanelGateway();
        shop.servers.add(dev.tollgate.application.fakes.FixedServers.vlessServer("nl-1"), amsterdam);
        shop.plans.insert(Plan.create(new PlanId("duo"), "Duo", new PlanTerms(new PlanId("duo"), Duration.ofDays(30),
                        DataSize.ofGibibytes(50), 0, false, RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, Money.of(300, Currency.XTR)),
                Set.of(new dev.tollgate.domain.server.ServerId("de-1"), new dev.tollgate.domain.server.ServerId("nl-1")), Set.of(),
                shop.clock.instant()));
        CheckoutScreen withLocations = new CheckoutScreen(UI, shop.listPlans, shop.quotes, shop.renewals, shop.showWallet,
                card, shop.cancelOrder, shop.locations);
        Reply offer = tap(withLocations, ann, "chk:p:duo");
        assertThat(text(offer)).contains("Location: Best available");
        assertThat(data(offer)).contains("chk:loc:best", "chk:loc:de-1", "chk:loc:nl-1");
        Reply chosen = tap(withLocations, after(ann, offer), "chk:loc:nl-1");
        assertThat(text(chosen)).contains("Location: Server nl-1");
        assertThat(tap(withLocations, after(ann, offer), "chk:loc:fr-9").alert()).isTrue();
        assertThat(data(tap(withLocations, ann, "chk:p:month"))).noneMatch(d -> d.startsWith("chk:loc"));
        Session open = after(after(ann, offer), chosen);
        payStars(open, tap(stars, open, "stars:_c"));
        assertThat(shop.subscriptions.findByOwner(ann.user())).singleElement()
                .satisfies(s -> assertThat(s.server().value()).isEqualTo("nl-1"));
        assertThat(amsterdam.clientCount()).isEqualTo(1);
        assertThat(shop.panel.clientCount()).isZero();
    }

    @Test
    void orders_listEachOrderWithItsStatusAndCancelOnlyTheUnpaid() {
        buyMonthWithStars(ann);
        Reply card = tap(cardScreen, ann, "card:month");
        cardScreen.onInput(after(ann, card), new Inbound.Photo("AgAC5", "AQAD5"));
        tap(stars, ann, "stars:month");
        MyOrdersScreen screen = new MyOrdersScreen(UI, shop.listOrders);
        Reply reply = tap(screen, ann, "myord");
        assertThat(text(reply)).contains("Your orders", "✅ done", "🔎 receipt being reviewed", "⏳ waiting for payment");
        assertThat(data(reply)).filteredOn(d -> d.startsWith("chk:x:")).hasSize(1);
        String cancel = data(reply).stream().filter(d -> d.startsWith("chk:x:")).findFirst().orElseThrow();
        assertThat(text(tap(checkout, ann, cancel))).contains("is cancelled");
        assertThat(text(tap(screen, ann, "myord"))).contains("❌ cancelled");
        assertThat(data(tap(screen, ann, "myord"))).noneMatch(d -> d.startsWith("chk:x:"));
        assertThat(text(tap(screen, session(702, Language.FA, shop.clock.instant()), "myord"))).contains("هنوز سفارشی ندارید");
    }

    @Test
    void paymentTap_afterTheOrderWindowClosed_placesAFreshOrderInsteadOfReusingTheExpiredOne() {
        Session open = after(ann, tap(checkout, ann, "chk:p:month"));
        Reply first = tap(stars, open, "stars:_c");
        Session later = after(open, first);
        shop.clock.advance(Duration.ofMinutes(31));
        later = new Session(later.user(), later.chatId(), later.firstName(), later.language(), later.conversation(),
                shop.clock.instant());
        Reply second = tap(stars, later, "stars:_c");
        assertThat(parts(second, Reply.Invoice.class).get(0).payload())
                .isNotEqualTo(parts(first, Reply.Invoice.class).get(0).payload());
        assertThat(shop.orders.findByCustomer(ann.user())).hasSize(2);
    }

    @Test
    void cardReceipt_afterAnotherCheckoutTookTheWait_isSentFromMyOrders() {
        Reply instructions = tap(cardScreen, ann, "card:month");
        Session elsewhere = after(after(ann, instructions), tap(checkout, after(ann, instructions), "chk:p:month"));
        Reply lost = checkout.onInput(elsewhere, new Inbound.Photo("AgAC7", "AQAD7"));
        assertThat(text(lost)).contains("open My orders");
        assertThat(data(lost)).contains("myord");
        MyOrdersScreen orders = new MyOrdersScreen(UI, shop.listOrders, card);
        String again = data(tap(orders, elsewhere, "myord")).stream().filter(d -> d.startsWith("myord:rcpt:")).findFirst().orElseThrow();
        Reply waiting = tap(orders, elsewhere, again);
        assertThat(text(waiting)).contains("Send the receipt for order", "4.99 USD");
        assertThat(text(cardScreen.onInput(after(elsewhere, waiting), new Inbound.Photo("AgAC7", "AQAD7")))).contains("Receipt received");
        assertThat(shop.alerts.alerts()).hasSize(1);
        assertThat(tap(orders, elsewhere, "myord:rcpt:" + java.util.UUID.randomUUID()).alert()).isTrue();
    }
}
