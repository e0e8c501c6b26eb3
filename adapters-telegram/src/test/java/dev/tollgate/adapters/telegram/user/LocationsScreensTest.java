package dev.tollgate.adapters.telegram.user;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.data;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.admin.StaffLocationsScreen;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.Replies;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Locations at checkout (full and closed servers are not offered) over the in-memory core. */
class LocationsScreensTest {

    private final TestShop shop = new TestShop();
    private final InMemoryPanelGateway amsterdam = new InMemoryPanelGateway();
    private final InMemoryPanelGateway paris = new InMemoryPanelGateway();
    private final CheckoutScreen checkout = new CheckoutScreen(UI, shop.listPlans, shop.quotes, shop.renewals,
            shop.showWallet, Optional.empty(), shop.cancelOrder, shop.locations);
    private Session ann;

    @BeforeEach
    void threeLocations() {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(700), "en"));
        ann = session(700, Language.EN, shop.clock.instant());
        shop.servers.add(FixedServers.vlessServer("nl-1"), amsterdam).add(FixedServers.vlessServer("fr-1"), paris);
        shop.plans.insert(Plan.create(new PlanId("trio"), "Trio", new PlanTerms(new PlanId("trio"), Duration.ofDays(30),
                        DataSize.ofGibibytes(50), 0, false, RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, Money.of(300, Currency.XTR)),
                Set.of(new ServerId("de-1"), new ServerId("nl-1"), new ServerId("fr-1")), Set.of(), shop.clock.instant()));
    }

    private static Reply tap(Screen screen, Session session, String data) {
        return screen.onTap(session, CallbackData.parse(data).orElseThrow());
    }

    private Session after(Session session, Reply reply) {
        Session now = session;
        for (Reply.Part part : reply.parts()) {
            if (part instanceof Reply.Converse converse) {
                now = Replies.inConversation(now, converse.step(), converse.values());
            }
        }
        return now;
    }

    @Test
    void staffMove_fromTheCustomersCard_movesItAuditsIt_andIsNotOfferedToOthers() {
        dev.tollgate.application.port.in.PlaceOrderUseCase.Placed placed = (dev.tollgate.application.port.in.PlaceOrderUseCase.Placed)
                shop.placeOrder.place(dev.tollgate.application.port.in.PlaceOrderUseCase.Command.purchase(ann.user(),
                        new PlanId("trio"), Currency.XTR, new ServerId("de-1"), null));
        shop.confirmPayment.confirm(new dev.tollgate.application.port.in.ConfirmPaymentUseCase.Command(placed.order(),
                dev.tollgate.domain.payment.PaymentProvider.TELEGRAM_STARS, "ch-staff", placed.total()));
        String subscription = shop.subscriptions.findByOwner(ann.user()).get(0).id().toString();
        StaffLocationsScreen screen = new StaffLocationsScreen(UI, shop.staffMoves);
        Session admin = session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());

        Reply choices = tap(screen, admin, "oloc:s:" + subscription + ":700");
        assertThat(data(choices)).contains("oloc:m:nl-1", "oloc:m:fr-1", "users:c:700");
        Reply moved = tap(screen, after(admin, choices), "oloc:m:fr-1");
        assertThat(text(moved)).contains("moved to <b>Server fr-1</b>");
        assertThat(tap(screen, after(admin, choices), "oloc:m:fr-1").alert()).isFalse();
        assertThat(shop.subscriptions.findByOwner(ann.user()).get(0).server()).isEqualTo(new ServerId("fr-1"));
        assertThat(shop.audit.all()).filteredOn(e -> e.action() == dev.tollgate.domain.staff.AuditAction.SUBSCRIPTION_MOVED)
                .singleElement().satisfies(e -> assertThat(e.after()).isEqualTo("server fr-1"));

        Reply forAnn = tap(screen, ann, "oloc:s:" + subscription + ":700");
        assertThat(text(forAnn)).contains("No other location");
        assertThat(tap(screen, ann, "oloc:m:de-1").alert()).isTrue();
        assertThat(paris.clientCount()).isEqualTo(1);
    }

    @Test
    void checkout_doesNotOfferAFullOrAClosedLocation() {
        shop.servers.add(FixedServers.vlessServer("nl-1").withCapacity(0, false), amsterdam);

        Reply offer = tap(checkout, ann, "chk:p:trio");

        assertThat(data(offer)).contains("chk:loc:best", "chk:loc:de-1", "chk:loc:fr-1").doesNotContain("chk:loc:nl-1");
        Reply stale = tap(checkout, after(ann, offer), "chk:loc:nl-1");
        assertThat(stale.alert()).isTrue();
        assertThat(stale.toast()).contains("This location is full right now");
    }

    @Test
    void checkout_onALocationThatFilledUpSinceItWasChosen_fallsBackToBestAvailableAndSaysSo() {
        Reply offer = tap(checkout, ann, "chk:p:trio");
        Reply chosen = tap(checkout, after(ann, offer), "chk:loc:fr-1");
        assertThat(text(chosen)).contains("Location: Server fr-1");
        shop.servers.add(FixedServers.vlessServer("fr-1").withCapacity(0, false), paris);

        Reply again = tap(checkout, after(after(ann, offer), chosen), "chk");

        assertThat(again.toast()).contains("This location is full right now");
        assertThat(text(again)).contains("Location: Best available");
        assertThat(data(again)).doesNotContain("chk:loc:fr-1");
    }

    @Test
    void checkout_whenEveryLocationIsFull_tellsTheBuyerBeforePaying() {
        for (String id : new String[] {"de-1", "nl-1", "fr-1"}) {
            InMemoryPanelGateway panel = id.equals("de-1") ? shop.panel : id.equals("nl-1") ? amsterdam : paris;
            shop.servers.add(FixedServers.vlessServer(id).withCapacity(0, false), panel);
        }

        Reply offer = tap(checkout, ann, "chk:p:trio");

        assertThat(text(offer)).contains("No server can take new customers of this plan right now", "nothing was charged");
        assertThat(data(offer)).noneMatch(d -> d.startsWith("stars:") || d.startsWith("chk:loc"));
    }
}
