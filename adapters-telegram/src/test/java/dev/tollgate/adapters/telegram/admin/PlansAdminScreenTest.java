package dev.tollgate.adapters.telegram.admin;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.data;
import static dev.tollgate.adapters.telegram.testing.Replies.inConversation;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.staff.AuditAction;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plans for admins: off sale and back, typed edits within the plan's rules, copies; refused for everyone else. */
class PlansAdminScreenTest {

    private static final PlanId MONTH = new PlanId("month");

    private final TestShop shop = new TestShop();
    private final PlansAdminScreen screen = new PlansAdminScreen(UI, shop.allPlans, shop.savePlan);

    private Session owner() {
        return session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
    }

    private Plan month() {
        return shop.plans.findById(MONTH).orElseThrow();
    }

    private Reply type(String field, String text) {
        return screen.onInput(inConversation(owner(), "aplan.edit", Map.of("plan", "month", "field", field)),
                new Inbound.Text(text));
    }

    @Test
    void edits_byTheOwner_changeThePlanAndTakeItOffSaleAndBack() {
        assertThat(data(screen.onTap(owner(), CallbackData.of("aplan")))).contains("aplan:v:month");
        assertThat(text(screen.onTap(owner(), CallbackData.of("aplan", "v", "month")))).contains("Month &lt;50 GB&gt;", "on sale");

        assertThat(text(screen.onTap(owner(), CallbackData.of("aplan", "s", "month")))).contains("off sale");
        assertThat(month().active()).isFalse();
        screen.onTap(owner(), CallbackData.of("aplan", "s", "month"));
        assertThat(month().active()).isTrue();

        assertThat(text(type("price", "USD 5.49"))).contains("Saved", "5.49 USD");
        assertThat(text(type("price", "XTR -"))).contains("Saved");
        assertThat(text(type("days", "90"))).contains("Duration: 90 days");
        assertThat(text(type("traffic", "0"))).contains("Saved");
        assertThat(text(type("devices", "3"))).contains("devices: 3");
        assertThat(month().prices()).isEqualTo(Map.of(Currency.USD, Money.of(549, Currency.USD)));
        assertThat(month().terms().duration()).isEqualTo(Duration.ofDays(90));
        assertThat(month().terms().traffic()).isEqualTo(DataSize.ZERO);
        assertThat(month().terms().deviceLimit()).isEqualTo(3);
        assertThat(shop.audit.all()).filteredOn(e -> e.action() == AuditAction.PLAN_SAVED).hasSize(7);
    }

    @Test
    void typedEdits_thatBreakTheRules_areRefusedAndChangeNothing() {
        Plan before = month();

        assertThat(text(type("price", "USD 4.999"))).contains("like USD 4.99");
        assertThat(text(type("price", "GBP 4"))).contains("like USD 4.99");
        assertThat(text(type("days", "0"))).contains("from 1 to 3650");
        assertThat(text(type("price", "USD -"))).contains("Saved");
        assertThat(text(type("price", "XTR -"))).contains("breaks a rule");
        assertThat(text(type("copy", "month Another month"))).contains("exists already");

        assertThat(month().terms()).isEqualTo(before.terms());
        assertThat(month().prices()).containsOnlyKeys(Currency.XTR);
    }

    @Test
    void copy_makesANewPlanOffSaleWithTheSameServers() {
        Reply created = type("copy", "quarter Quarter 150 GB");

        assertThat(text(created)).contains("Plan created off sale", "Quarter 150 GB", "off sale");
        Plan quarter = shop.plans.findById(new PlanId("quarter")).orElseThrow();
        assertThat(quarter.active()).isFalse();
        assertThat(quarter.servers()).isEqualTo(month().servers());
        assertThat(shop.listPlans.listOnSale()).extracting(Plan::id).containsExactly(MONTH);
    }

    @Test
    void trafficPacksAndEveryLocation_setByTheOwner_areSoldAndCopiedAndForgersChangeNothing() {
        assertThat(text(type("packs", "50 USD 2.00 XTR 100; 100 usd 3.50"))).contains("Saved", "Traffic packs: 50");
        assertThat(month().trafficPacks()).extracting(pack -> pack.traffic())
                .containsExactly(DataSize.ofGibibytes(50), DataSize.ofGibibytes(100));
        assertThat(month().trafficPack(DataSize.ofGibibytes(50)).orElseThrow().prices())
                .isEqualTo(Map.of(Currency.USD, Money.of(200, Currency.USD), Currency.XTR, Money.of(100, Currency.XTR)));

        assertThat(text(type("packs", "50 USD 2.00; 50 USD 3.00"))).contains("breaks a rule");
        assertThat(text(type("packs", "50 USD"))).contains("GB then currency");
        assertThat(text(type("packs", "0 USD 1.00"))).contains("GB then currency");
        assertThat(text(type("packs", "10 USD 1.999"))).contains("GB then currency");
        assertThat(month().trafficPacks()).hasSize(2);

        assertThat(text(screen.onTap(owner(), CallbackData.of("aplan", "al", "month", "1")))).contains("every server");
        screen.onTap(owner(), CallbackData.of("aplan", "al", "month", "1"));
        assertThat(month().allLocations()).isTrue();
        Session stranger = session(666, Language.EN, shop.clock.instant());
        assertThat(screen.onTap(stranger, CallbackData.of("aplan", "al", "month", "0")).alert()).isTrue();
        assertThat(month().allLocations()).isTrue();

        type("copy", "quarter Quarter");
        Plan quarter = shop.plans.findById(new PlanId("quarter")).orElseThrow();
        assertThat(quarter.trafficPacks()).isEqualTo(month().trafficPacks());
        assertThat(quarter.allLocations()).isTrue();

        assertThat(text(type("packs", "-"))).contains("Traffic packs: none");
        assertThat(month().trafficPacks()).isEmpty();
        assertThat(text(screen.onTap(owner(), CallbackData.of("aplan", "al", "month", "0")))).contains("one server");
        assertThat(month().allLocations()).isFalse();
    }

    @Test
    void plans_forSupportOrStrangers_areRefused() {
        for (long forger : new long[] {666, 2}) {
            Session session = session(forger, Language.EN, shop.clock.instant());
            assertThat(screen.onTap(session, CallbackData.of("aplan", "s", "month")).alert()).isTrue();
            assertThat(text(screen.onInput(inConversation(session, "aplan.edit", Map.of("plan", "month", "field", "days")),
                    new Inbound.Text("1")))).contains("Only the shop's admins");
        }
        assertThat(month().active()).isTrue();
        assertThat(month().terms().duration()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void renewalServersAndMenuPosition_editedByTheOwner_changeThePlanAndTheStorefrontOrder() {
        screen.onTap(owner(), CallbackData.of("aplan", "e", "month", "copy"));
        screen.onInput(inConversation(owner(), "aplan.edit", Map.of("plan", "month", "field", "copy")),
                new Inbound.Text("week Week"));
        screen.onTap(owner(), CallbackData.of("aplan", "s", "week"));
        assertThat(shop.listPlans.listOnSale()).extracting(p -> p.id().value()).containsExactly("month", "week");

        Reply card = screen.onTap(owner(), CallbackData.of("aplan", "v", "month"));
        assertThat(data(card)).contains("aplan:rd:month:RESET", "aplan:rt:month:RESET");
        assertThat(text(screen.onTap(owner(), CallbackData.of("aplan", "rd", "month", "RESET")))).contains("renewal: days reset, traffic stack");
        Reply twice = screen.onTap(owner(), CallbackData.of("aplan", "rd", "month", "RESET"));
        assertThat(text(twice)).contains("days reset, traffic stack");
        assertThat(data(twice)).contains("aplan:rd:month:STACK");
        assertThat(text(screen.onTap(owner(), CallbackData.of("aplan", "rt", "month", "RESET")))).contains("days reset, traffic reset");
        assertThat(screen.onTap(owner(), CallbackData.of("aplan", "rt", "month", "BOGUS")).alert()).isTrue();
        assertThat(month().terms().renewal()).isEqualTo(new dev.tollgate.domain.plan.RenewalPolicy(
                dev.tollgate.domain.plan.RenewalPolicy.Mode.RESET, dev.tollgate.domain.plan.RenewalPolicy.Mode.RESET));

        assertThat(text(type("position", "10000"))).contains("from 0 to 9999");
        assertThat(text(type("position", "5"))).contains("Menu position: 5");
        assertThat(shop.listPlans.listOnSale()).extracting(p -> p.id().value()).containsExactly("week", "month");

        assertThat(text(type("servers", "nowhere-9"))).contains("breaks a rule", "no server nowhere-9");
        assertThat(text(type("servers", "   "))).contains("at least one server");
        assertThat(month().servers()).extracting(s -> s.value()).containsExactly("de-1");
        assertThat(text(type("servers", "DE-1"))).contains("Saved", "Servers: de-1");
        assertThat(shop.audit.all()).filteredOn(e -> e.action() == AuditAction.PLAN_SAVED).last()
                .satisfies(e -> assertThat(e.after()).contains("renewal RESET/RESET", "servers [de-1]", "on sale"));
    }

    @Test
    void renewalAndPosition_pressedBySupport_areRefusedAndChangeNothing() {
        shop.manageStaff.change(dev.tollgate.application.port.in.ManageStaffUseCase.Command.give(TestShop.ADMIN,
                new dev.tollgate.domain.customer.TelegramUserId(502), dev.tollgate.domain.staff.StaffRole.SUPPORT));
        Session support = session(502, Language.EN, shop.clock.instant());
        int audited = shop.audit.all().size();

        assertThat(screen.onTap(support, CallbackData.of("aplan", "rd", "month", "RESET")).alert()).isTrue();
        assertThat(text(screen.onInput(inConversation(support, "aplan.edit", Map.of("plan", "month", "field", "position")),
                new Inbound.Text("3")))).contains("Only the shop's admins");

        assertThat(month().terms().renewal()).isEqualTo(dev.tollgate.domain.plan.RenewalPolicy.STACK_BOTH);
        assertThat(month().position()).isZero();
        assertThat(shop.audit.all()).hasSize(audited);
    }
}
