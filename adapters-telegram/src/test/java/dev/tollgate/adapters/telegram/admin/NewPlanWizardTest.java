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
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The new-plan wizard screen by screen: every answer checked at once, the question asked again after a refusal, a
 * plan made only by Save (once, however often it is pressed), nothing left by Cancel or /cancel, nobody below admin.
 */
class NewPlanWizardTest {

    private static final String LONG_SERVER = "s".repeat(40);

    private final TestShop shop = new TestShop(false);
    private final PlansAdminScreen plans = new PlansAdminScreen(UI, shop.allPlans, shop.savePlan);
    private final NewPlanWizard wizard = new NewPlanWizard(UI, shop.allPlans, shop.savePlan, shop.listServers, plans);
    /** The owner's session, carried from reply to reply as the bot keeps the conversation. */
    private Session owner = session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
    private final List<String> buttons = new java.util.ArrayList<>();

    private Reply tap(String packed) {
        return remember(wizard.onTap(owner, CallbackData.parse(packed).orElseThrow()));
    }

    private Reply type(String text) {
        return remember(wizard.onInput(owner, new Inbound.Text(text)));
    }

    private Reply remember(Reply reply) {
        for (Reply.Part part : reply.parts()) {
            if (part instanceof Reply.Converse converse) {
                owner = inConversation(owner, converse.step(), converse.values());
            } else if (part instanceof Reply.EndConversation) {
                owner = new Session(owner.user(), owner.chatId(), owner.firstName(), owner.language(), Optional.empty(), owner.now());
            }
        }
        buttons.addAll(data(reply));
        return reply;
    }

    private String step() {
        return owner.conversation().map(c -> c.step()).orElse("none");
    }

    /** Answers every question up to the summary. */
    private void answerAll() {
        tap("aplnew");
        type("pro");
        type("Pro <100 GB>");
        type("30d");
        type("100GB");
        type("3");
        type("250 XTR, 4.99 USD");
        tap("aplnew:pd");
        tap("aplnew:t:0:de-1");
        tap("aplnew:sd");
    }

    @Test
    void plansList_whenEmpty_offersANewPlan() {
        Reply list = plans.onTap(owner, CallbackData.of("aplan"));
        assertThat(text(list)).contains("Plans</b> (0)", "No plans yet");
        assertThat(data(list)).contains("aplnew");
    }

    @Test
    void answers_fromIdToSummary_makeOnePlanOnSaleThatTheStorefrontListsAndASecondSaveMakesNoOther() {
        assertThat(text(tap("aplnew"))).contains("step 1 of 7", "plan’s id");
        assertThat(text(type("Pro"))).contains("step 2 of 7");
        assertThat(text(type("Pro <100 GB>"))).contains("step 3 of 7");
        assertThat(text(type("30d"))).contains("step 4 of 7");
        assertThat(text(type("100GB"))).contains("step 5 of 7");
        assertThat(text(type("3"))).contains("step 6 of 7");
        assertThat(data(type("250 XTR"))).contains("aplnew:pd");
        assertThat(text(type("USD 4.99"))).contains("Prices so far: ⭐ 250, 4.99 USD");
        Reply servers = tap("aplnew:pd");
        assertThat(text(servers)).contains("step 7 of 7", "Chosen: —");
        assertThat(data(servers)).contains("aplnew:t:0:de-1", "aplnew:al:0", "aplnew:sd", "aplnew:x");
        assertThat(text(tap("aplnew:t:0:de-1"))).contains("Chosen: de-1");
        assertThat(text(tap("aplnew:al:0"))).contains("every server");
        assertThat(text(tap("aplnew:al:0"))).contains("one server");
        Reply summary = tap("aplnew:sd");
        assertThat(text(summary)).contains("check and save", "Pro &lt;100 GB&gt;", "<code>pro</code>", "30 days", "100 GB",
                "devices: 3", "⭐ 250, 4.99 USD", "Servers: de-1");
        assertThat(step()).isEqualTo("aplnew.ok");
        assertThat(shop.plans.findAll()).isEmpty();

        Session stale = owner;
        Reply saved = tap("aplnew:ok:1");
        assertThat(text(saved)).contains("created and on sale", "Pro &lt;100 GB&gt;");
        assertThat(parts(saved, Reply.EndConversation.class)).hasSize(1);
        assertThat(tap("aplnew:ok:1").alert()).isTrue();
        // A second press handled with the conversation as it was before the first (two instances at once): refused.
        owner = stale;
        assertThat(text(tap("aplnew:ok:0"))).contains("id <code>pro</code> exists already");

        Plan pro = shop.plans.findById(new PlanId("pro")).orElseThrow();
        assertThat(pro.name()).isEqualTo("Pro <100 GB>");
        assertThat(pro.active()).isTrue();
        assertThat(pro.terms().duration()).isEqualTo(Duration.ofDays(30));
        assertThat(pro.terms().traffic()).isEqualTo(DataSize.ofGibibytes(100));
        assertThat(pro.terms().deviceLimit()).isEqualTo(3);
        assertThat(pro.prices()).isEqualTo(Map.of(Currency.XTR, Money.of(250, Currency.XTR), Currency.USD, Money.of(499, Currency.USD)));
        assertThat(pro.servers()).containsExactly(new ServerId("de-1"));
        assertThat(pro.allLocations()).isFalse();
        assertThat(shop.listPlans.listOnSale()).extracting(Plan::id).containsExactly(new PlanId("pro"));
        assertThat(shop.audit.all()).filteredOn(e -> e.action() == AuditAction.PLAN_SAVED).hasSize(1)
                .allSatisfy(e -> assertThat(e.after()).contains("name Pro <100 GB>", "PT720H", "traffic 107374182400 bytes",
                        "devices 3", "servers [de-1]", "on sale"));
    }

    @Test
    void saveOffSale_withEveryServerTyped_makesAPlanTheStorefrontDoesNotList() {
        shop.servers.add(FixedServers.vlessServer("nl-1"), new InMemoryPanelGateway());
        tap("aplnew");
        type("vip");
        type("VIP");
        type("12h");
        tap("aplnew:tu");
        tap("aplnew:du");
        type("1500000 IRR");
        tap("aplnew:pd");
        assertThat(text(type(",DE-1, nl-1"))).contains("Chosen: de-1, nl-1");
        tap("aplnew:al:0");
        assertThat(text(tap("aplnew:sd"))).contains("12 h", "traffic: unlimited", "devices: ∞", "1500000 IRR");
        assertThat(text(tap("aplnew:ok:0"))).contains("created off sale", "Duration: 12 h");

        Plan vip = shop.plans.findById(new PlanId("vip")).orElseThrow();
        assertThat(vip.active()).isFalse();
        assertThat(vip.terms().unlimitedTraffic()).isTrue();
        assertThat(vip.terms().deviceLimit()).isZero();
        assertThat(vip.servers()).containsExactlyInAnyOrder(new ServerId("de-1"), new ServerId("nl-1"));
        assertThat(vip.allLocations()).isTrue();
        assertThat(shop.listPlans.listOnSale()).isEmpty();
    }

    @Test
    void badAnswers_areRefusedWithTheQuestionAgainAndNothingIsStored() {
        TestShop withMonth = new TestShop();
        NewPlanWizard other = new NewPlanWizard(UI, withMonth.allPlans, withMonth.savePlan, withMonth.listServers,
                new PlansAdminScreen(UI, withMonth.allPlans, withMonth.savePlan));
        owner = inConversation(owner, "aplnew.id", Map.of());
        Reply taken = other.onInput(owner, new Inbound.Text("month"));
        assertThat(text(taken)).contains("id <code>month</code> exists already", "step 1 of 7");
        assertThat(parts(taken, Reply.Converse.class)).singleElement().satisfies(c -> assertThat(c.step()).isEqualTo("aplnew.id"));

        tap("aplnew");
        assertThat(text(type("Not an id!"))).contains("That is not a plan id", "step 1 of 7");
        assertThat(text(type("x".repeat(301)))).contains("too long", "step 1 of 7");
        assertThat(text(remember(wizard.onInput(owner, new Inbound.Photo("file", "unique"))))).contains("as text", "step 1 of 7");
        type("pro");
        assertThat(text(type("two\nlines"))).contains("1 to 64 characters", "step 2 of 7");
        type("Pro");
        assertThat(text(type("a month"))).contains("from 1 hour to 3650 days", "step 3 of 7");
        assertThat(text(type("0d"))).contains("from 1 hour to 3650 days");
        type("30d");
        assertThat(text(type("lots"))).contains("like 50GB", "step 4 of 7");
        type("50GB");
        assertThat(text(type("1000"))).contains("from 1 to 100", "step 5 of 7");
        type("2");
        assertThat(text(type("4.999 USD"))).contains("amount and a currency", "step 6 of 7");
        assertThat(text(type("250 GBP"))).contains("amount and a currency");
        assertThat(tap("aplnew:pd").toast()).contains("at least one price");
        assertThat(step()).isEqualTo("aplnew.price");
        type("4.99 USD");
        type("USD -");
        assertThat(tap("aplnew:pd").toast()).contains("at least one price");
        type("4.99 USD");
        tap("aplnew:pd");
        assertThat(tap("aplnew:sd").toast()).contains("at least one server");
        assertThat(text(type("de-1 nowhere"))).contains("There is no server nowhere", "Chosen: —");
        assertThat(text(type("group:"))).contains("at most 50");
        assertThat(tap("aplnew:t:0:nowhere").toast()).contains("There is no server nowhere");
        tap("aplnew:t:0:de-1");
        tap("aplnew:sd");
        assertThat(text(type("save it"))).contains("Press one of the buttons", "check and save");
        assertThat(tap("aplnew:pd").toast()).contains("saved or cancelled already");
        assertThat(tap("aplnew:zz").toast()).contains("no longer valid");

        assertThat(shop.plans.findAll()).isEmpty();
        assertThat(shop.audit.all()).isEmpty();
    }

    @Test
    void aGroupNoServerIsIn_isRefusedAtSaveAndTheServersAreAskedAgain() {
        answerAll();
        owner = inConversation(owner, "aplnew.ok", with(owner.conversation().orElseThrow().values(), "g", "mars"));
        Reply refused = tap("aplnew:ok:1");
        assertThat(text(refused)).contains("not saved", "no server in group mars", "step 7 of 7");
        assertThat(step()).isEqualTo("aplnew.srv");
        assertThat(shop.plans.findAll()).isEmpty();
    }

    @Test
    void cancel_byButtonOrCommand_leavesNothingAndEndsTheConversation() {
        answerAll();
        Reply cancelled = tap("aplnew:x");
        assertThat(text(cancelled)).contains("nothing was saved");
        assertThat(step()).isEqualTo("none");
        assertThat(tap("aplnew:ok:1").toast()).contains("saved or cancelled already");

        tap("aplnew");
        type("pro");
        Reply command = remember(wizard.onCancel(owner).orElseThrow());
        assertThat(text(command)).contains("nothing was saved");
        assertThat(parts(command, Reply.EndConversation.class)).hasSize(1);
        assertThat(step()).isEqualTo("none");
        assertThat(wizard.onCancel(inConversation(owner, "srv.edit", Map.of())))
                .as("another screen's conversation is cancelled the shop-wide way").isEmpty();

        assertThat(shop.plans.findAll()).isEmpty();
        assertThat(shop.audit.all()).isEmpty();
    }

    @Test
    void supportAndStrangers_areRefusedAtEveryStepAndChangeNothing() {
        TelegramUserId sam = new TelegramUserId(502);
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, sam, StaffRole.SUPPORT));
        List<AuditEntry> before = shop.audit.all();
        answerAll();
        Map<String, String> values = owner.conversation().orElseThrow().values();
        for (long forger : new long[] {sam.value(), 666}) {
            Session session = session(forger, Language.EN, shop.clock.instant());
            assertThat(wizard.onTap(session, CallbackData.of("aplnew")).alert()).isTrue();
            assertThat(plans.onTap(session, CallbackData.of("aplan")).alert()).isTrue();
            Session forged = inConversation(session, "aplnew.ok", values);
            assertThat(wizard.onTap(forged, CallbackData.of("aplnew", "ok", 1)).alert()).isTrue();
            assertThat(text(wizard.onInput(inConversation(session, "aplnew.id", Map.of()), new Inbound.Text("pro"))))
                    .contains("Only the shop's admins");
        }
        assertThat(shop.plans.findAll()).isEmpty();
        assertThat(shop.audit.all()).isEqualTo(before);
    }

    @Test
    void serverButtons_arePagedAndEveryCallbackFitsTelegramsLimit() {
        for (int i = 2; i <= 12; i++) {
            shop.servers.add(FixedServers.vlessServer("de-" + i), new InMemoryPanelGateway());
        }
        shop.servers.add(FixedServers.vlessServer(LONG_SERVER), new InMemoryPanelGateway());
        answerAll();
        tap("aplnew:x");
        tap("aplnew");
        type("pro");
        type("Pro");
        type("30d");
        type("50GB");
        type("1");
        type("250 XTR");
        Reply first = tap("aplnew:pd");
        assertThat(text(first)).contains("page 1 of 2");
        assertThat(data(first)).contains("aplnew:sp:1").doesNotContain("aplnew:t:1:" + LONG_SERVER);
        Reply second = tap("aplnew:sp:1");
        assertThat(text(second)).contains("page 2 of 2");
        assertThat(data(second)).contains("aplnew:sp:0", "aplnew:t:1:" + LONG_SERVER);
        assertThat(text(tap("aplnew:t:1:" + LONG_SERVER))).contains("page 2 of 2", "Chosen: " + LONG_SERVER);
        assertThat(text(tap("aplnew:sp:99"))).contains("page 2 of 2");
        tap("aplnew:sd");
        tap("aplnew:ok:1");

        assertThat(shop.plans.findById(new PlanId("pro")).orElseThrow().servers()).containsExactly(new ServerId(LONG_SERVER));
        assertThat(buttons).isNotEmpty().allSatisfy(packed -> {
            assertThat(packed.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(CallbackData.MAX_BYTES);
            assertThat(CallbackData.parse(packed)).isPresent();
        });
    }

    @Test
    void moreThanFiftyServers_typedOrTapped_areRefusedAndTheChoiceStaysAsItWas() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            ids.add("n-" + i);
            shop.servers.add(FixedServers.vlessServer("n-" + i), new InMemoryPanelGateway());
        }
        answerAll();
        tap("aplnew:x");
        tap("aplnew");
        type("pro");
        type("Pro");
        type("30d");
        type("50GB");
        type("1");
        type("250 XTR");
        tap("aplnew:pd");
        assertThat(text(type(String.join(" ", ids)))).contains("at most 50", "Chosen: —");
        type(String.join(" ", ids.subList(0, 50)));
        assertThat(tap("aplnew:t:6:n-51").toast()).contains("at most 50");
        assertThat(owner.conversation().orElseThrow().values().get("s").split(",")).hasSize(50).doesNotContain("n-51");
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> next = new java.util.HashMap<>(values);
        next.put(key, value);
        return Map.copyOf(next);
    }
}
