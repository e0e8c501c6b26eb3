package dev.tollgate.adapters.telegram.admin;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.data;
import static dev.tollgate.adapters.telegram.testing.Replies.inConversation;
import static dev.tollgate.adapters.telegram.testing.Replies.parts;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users for staff: lookup and card for support; grant, extend, revoke and wallet changes for admins only. */
class UsersScreenTest {

    private static final TelegramUserId CAROL = new TelegramUserId(7001);
    private static final long SAM = 502;

    private final TestShop shop = new TestShop();
    private final UsersScreen screen = new UsersScreen(UI, new UsersScreen.UseCases(shop.findCustomer, shop.customerCard,
            shop.listPlans, shop.grantAccess, shop.revokeAccess, shop.adjustWallet, shop.messageCustomer, shop.banCustomer));
    private final SubscriptionCareScreen care = new SubscriptionCareScreen(UI, new SubscriptionCareScreen.UseCases(
            shop.showSubscription, shop.extendAccess, shop.suspendAccess, shop.resetTraffic));

    UsersScreenTest() {
        shop.contacts.register(new RegisterContactUseCase.Command(CAROL, "fa"));
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(SAM), StaffRole.SUPPORT));
    }

    private static Session pending(Session session, Reply reply) {
        Reply.Converse step = parts(reply, Reply.Converse.class).get(0);
        return inConversation(session, step.step(), step.values());
    }

    private Session owner() {
        return session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
    }

    @Test
    void find_byOrderIdPrefix_showsTheCardWithOrdersAndForStrangersDoesNotExist() {
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) shop.placeOrder.place(PlaceOrderUseCase.Command.purchase(
                CAROL, new PlanId("month"), Currency.USD, null, null));

        Reply card = screen.onCommand(session(SAM, Language.EN, shop.clock.instant()),
                new Inbound.Command("find", order.order().value().toString().substring(0, 8)));

        assertThat(text(card)).contains("Customer 7001", "Language: fa", "reachable", "Orders</b> (1)", "4.99");
        assertThat(data(card)).contains("users:g:7001", "users:w:7001");
        assertThat(text(screen.onCommand(session(666, Language.EN, shop.clock.instant()), new Inbound.Command("find", "7001"))))
                .contains("did not understand");
        assertThat(text(screen.onCommand(owner(), new Inbound.Command("find", "nobody-here")))).contains("Nobody matches");
    }

    @Test
    void grantExtendRevoke_byTheOwner_changeTheSubscriptionAndBySupportAreRefused() {
        Session support = session(SAM, Language.EN, shop.clock.instant());
        assertThat(screen.onTap(support, CallbackData.of("users", "gp", 7001, "month")).toast()).contains("Only the shop's admins");
        assertThat(shop.subscriptions.findByOwner(CAROL)).isEmpty();

        Reply granted = screen.onTap(owner(), CallbackData.of("users", "gp", 7001, "month"));
        assertThat(text(granted)).contains("Granted", "Subscriptions</b> (1)");
        Subscription subscription = shop.subscriptions.findByOwner(CAROL).get(0);
        assertThat(data(granted)).contains("usub:v:" + subscription.id().value());
        Reply panel = care.onTap(owner(), CallbackData.of("usub", "v", subscription.id().value()));
        String extend = "usub:d:" + subscription.id().value() + ":30";
        assertThat(data(panel)).contains(extend, "users:r:" + subscription.id().value() + ":7001");
        java.time.Instant before = subscription.expiresAt().orElseThrow();

        Reply asked = care.onTap(owner(), CallbackData.parse(extend).orElseThrow());
        assertThat(text(asked)).contains("Add 30 days");
        Reply forged = care.onTap(pending(support, asked), CallbackData.of("usub", "ok"));
        assertThat(forged.alert()).isTrue();
        assertThat(text(care.onTap(pending(owner(), asked), CallbackData.of("usub", "ok")))).contains("30 days added");
        assertThat(shop.subscriptions.findById(subscription.id()).orElseThrow().expiresAt())
                .contains(before.plus(java.time.Duration.ofDays(30)));

        Reply confirm = screen.onTap(owner(), CallbackData.of("users", "r", subscription.id().value(), 7001));
        assertThat(text(confirm)).contains("Revoke subscription");
        assertThat(shop.subscriptions.findById(subscription.id()).orElseThrow().status()).isNotEqualTo(SubscriptionStatus.REVOKED);
        screen.onTap(owner(), CallbackData.of("users", "rr", subscription.id().value(), 7001));
        Reply twice = screen.onTap(owner(), CallbackData.of("users", "rr", subscription.id().value(), 7001));
        assertThat(twice.toast()).contains("already revoked");
        assertThat(shop.subscriptions.findById(subscription.id()).orElseThrow().status()).isEqualTo(SubscriptionStatus.REVOKED);
        assertThat(shop.audit.all()).extracting(e -> e.action()).containsSubsequence(AuditAction.ACCESS_GRANTED,
                AuditAction.ACCESS_EXTENDED, AuditAction.ACCESS_REVOKED);
    }

    @Test
    void walletChange_typedAndConfirmed_postsOneAdjustmentEvenWhenConfirmedTwice() {
        Reply ask = screen.onTap(owner(), CallbackData.of("users", "w", 7001));
        assertThat(parts(ask, Reply.Converse.class)).singleElement().satisfies(c -> assertThat(c.step()).isEqualTo("users.wallet"));
        Session typing = inConversation(owner(), "users.wallet", Map.of("user", "7001"));

        assertThat(text(screen.onInput(typing, new Inbound.Text("+five USD")))).contains("not a change I can make");
        assertThat(text(screen.onInput(typing, new Inbound.Text("+5.001 USD gift")))).contains("not a change I can make");
        Reply confirm = screen.onInput(typing, new Inbound.Text("+5.50 usd goodwill <b>"));
        assertThat(text(confirm)).contains("Credit 5.50 USD", "goodwill &lt;b&gt;");
        Reply.Converse pending = parts(confirm, Reply.Converse.class).get(0);
        Session confirming = inConversation(owner(), pending.step(), pending.values());

        Reply done = screen.onTap(confirming, CallbackData.of("users", "wok"));
        Reply again = screen.onTap(confirming, CallbackData.of("users", "wok"));
        Reply forged = screen.onTap(inConversation(session(SAM, Language.EN, shop.clock.instant()), pending.step(),
                Map.of("user", "7001", "amount", "100000", "currency", "USD", "credit", "true", "reason", "x", "key", "k")),
                CallbackData.of("users", "wok"));

        assertThat(text(done)).contains("balance is now 5.50 USD");
        assertThat(again.toast()).contains("already made");
        assertThat(forged.toast()).contains("Only the shop's admins");
        assertThat(shop.ledger.entries(CAROL)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LedgerEntryKind.ADJUSTMENT);
            assertThat(e.amount()).isEqualTo(Money.of(550, Currency.USD));
        });
    }

    @Test
    void message_typedByTheOwner_reachesTheCustomerOnceAndSupportIsRefused() {
        Reply ask = screen.onTap(owner(), CallbackData.of("users", "m", 7001));
        assertThat(text(ask)).contains("Send the message for customer 7001");
        Session typing = inConversation(owner(), "users.message", Map.of("user", "7001"));

        assertThat(text(screen.onInput(typing, new Inbound.Text("   ")))).contains("Send some text");
        assertThat(text(screen.onInput(typing, new Inbound.Text("Your server moves tonight")))).contains("Message sent");
        assertThat(text(screen.onInput(inConversation(session(SAM, Language.EN, shop.clock.instant()), "users.message",
                Map.of("user", "7001")), new Inbound.Text("spam")))).contains("Only the shop's admins");

        assertThat(shop.notifier.sent(dev.tollgate.application.port.out.Notice.StaffMessage.class))
                .extracting(n -> n.text()).containsExactly("Your server moves tonight");
        assertThat(shop.audit.all()).filteredOn(e -> e.action() == AuditAction.CUSTOMER_MESSAGED)
                .singleElement().satisfies(e -> assertThat(e.after()).isEqualTo("Your server moves tonight"));
    }

    @Test
    void find_byNameWithMorePagesThanOne_listsNamesAndPagesOnWithTheQueryKept() {
        for (int i = 0; i < 12; i++) {
            shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(8000 + i), "ru", null,
                    new dev.tollgate.domain.customer.Customer.Profile("maria" + i, "Мария", "Иванова")));
        }
        Reply first = screen.onCommand(owner(), new Inbound.Command("find", "@MARIA"));

        assertThat(text(first)).contains("“@MARIA”", "page 1");
        assertThat(data(first)).contains("users:c:8000", "users:c:8009", "users:p:1").doesNotContain("users:c:8010");
        assertThat(parts(first, Reply.Converse.class)).singleElement()
                .satisfies(c -> assertThat(c.values()).containsEntry("q", "@MARIA"));
        Reply second = screen.onTap(pending(owner(), first), CallbackData.of("users", "p", 1));
        assertThat(data(second)).contains("users:c:8010", "users:c:8011", "users:p:0").doesNotContain("users:c:8000");
        assertThat(second.parts().stream().filter(p -> p instanceof Reply.Message).map(p -> ((Reply.Message) p).keyboard())
                .flatMap(k -> k.rows().stream()).flatMap(r -> r.stream()).map(b -> b.text()))
                .contains("👤 @maria10 · Мария Иванова · 8010");
        Reply card = screen.onTap(owner(), CallbackData.of("users", "c", 8003));
        assertThat(text(card)).contains("Telegram: @maria3 · Мария Иванова");
    }

    @Test
    void ban_confirmedByTheOwner_marksTheCardAndARepeatOrASupportPressChangesNothing() {
        Reply confirm = screen.onTap(owner(), CallbackData.of("users", "b", 7001));
        assertThat(text(confirm)).contains("Ban customer 7001");
        assertThat(shop.customers.findById(CAROL).orElseThrow().banned()).isFalse();

        Reply forged = screen.onTap(session(SAM, Language.EN, shop.clock.instant()), CallbackData.of("users", "bb", 7001));
        assertThat(forged.toast()).contains("Only the shop's admins");
        assertThat(shop.customers.findById(CAROL).orElseThrow().banned()).isFalse();
        assertThat(shop.audit.all()).extracting(e -> e.action()).doesNotContain(AuditAction.CUSTOMER_BANNED);

        Reply banned = screen.onTap(owner(), CallbackData.of("users", "bb", 7001));
        Reply twice = screen.onTap(owner(), CallbackData.of("users", "bb", 7001));
        assertThat(text(banned)).contains("banned from the shop");
        assertThat(data(banned)).contains("users:ub:7001");
        assertThat(twice.toast()).contains("banned already");
        assertThat(shop.audit.all()).extracting(e -> e.action()).containsOnlyOnce(AuditAction.CUSTOMER_BANNED);

        assertThat(text(screen.onTap(owner(), CallbackData.of("users", "ub", 7001)))).contains("ban is lifted");
        assertThat(shop.customers.findById(CAROL).orElseThrow().banned()).isFalse();
        assertThat(screen.onTap(owner(), CallbackData.of("users", "bb", TestShop.ADMIN.value())).toast())
                .contains("Staff cannot be banned");
    }

    @Test
    void card_ofACustomerWithManySubscriptions_pagesThemSoEveryOneCanBeOpened() {
        for (int i = 0; i < 7; i++) {
            shop.grantAccess.grant(new dev.tollgate.application.port.in.GrantAccessUseCase.Command(TestShop.ADMIN, CAROL,
                    new PlanId("month"), null));
            shop.clock.advance(java.time.Duration.ofMinutes(1));
        }
        java.util.List<Subscription> oldestFirst = shop.subscriptions.findByOwner(CAROL).stream()
                .sorted(java.util.Comparator.comparing(Subscription::createdAt)).toList();

        Reply first = screen.onTap(owner(), CallbackData.of("users", "c", 7001));
        assertThat(text(first)).contains("Subscriptions</b> (7)", "page 1 of 2");
        assertThat(data(first)).contains("users:cs:7001:1", "usub:v:" + oldestFirst.get(6).id().value())
                .doesNotContain("usub:v:" + oldestFirst.get(1).id().value());
        Reply second = screen.onTap(owner(), CallbackData.of("users", "cs", 7001, 1));
        assertThat(text(second)).contains("page 2 of 2");
        assertThat(data(second)).contains("users:cs:7001:0", "usub:v:" + oldestFirst.get(0).id().value(),
                "usub:v:" + oldestFirst.get(1).id().value()).doesNotContain("usub:v:" + oldestFirst.get(6).id().value());
        assertThat(text(screen.onTap(owner(), CallbackData.of("users", "cs", 7001, 99)))).contains("page 2 of 2");
    }
}
