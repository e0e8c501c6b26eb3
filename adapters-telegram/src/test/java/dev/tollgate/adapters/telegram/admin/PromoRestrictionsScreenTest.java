package dev.tollgate.adapters.telegram.admin;

import static dev.tollgate.adapters.telegram.testing.Replies.UI;
import static dev.tollgate.adapters.telegram.testing.Replies.inConversation;
import static dev.tollgate.adapters.telegram.testing.Replies.session;
import static dev.tollgate.adapters.telegram.testing.Replies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.testing.Replies;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.adapters.telegram.user.CheckoutScreen;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.staff.AuditAction;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Promo codes limited to plans and used more than once per customer: typed by an admin, refused at checkout. */
class PromoRestrictionsScreenTest {

    private final TestShop shop = new TestShop();
    private final PromosScreen screen = new PromosScreen(UI, shop.listCodes, shop.saveCode);

    private Session owner() {
        return session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
    }

    private Reply type(String line) {
        return screen.onInput(inConversation(owner(), "promo.new", Map.of()), new Inbound.Text(line));
    }

    @Test
    void create_withPlansAndUsesPerUser_showsThemOnTheCardAndAuditsThem() {
        assertThat(text(screen.onTap(owner(), CallbackData.of("promo", "new")))).contains("plans=month,quarter", "peruser=2");
        assertThat(text(type("MONTHLY 20% 0 30 plans=month peruser=2")))
                .contains("Code created", "Plans: month · each customer up to 2 times");
        DiscountCode stored = shop.discountCodes.find(new PromoCode("MONTHLY")).orElseThrow();
        assertThat(stored.plans()).containsExactly(new PlanId("month"));
        assertThat(stored.usesPerUser()).isEqualTo(2);
        assertThat(shop.audit.all()).filteredOn(e -> e.action() == AuditAction.PROMO_CODE_SAVED)
                .singleElement().satisfies(e -> assertThat(e.toString()).contains("plans [month]", "per user 2"));
        assertThat(text(type("OPEN 10% 0 30"))).contains("Plans: all · once per customer");
    }

    @Test
    void create_withAnUnknownPlanOrOption_createsNothingAndSaysWhy() {
        assertThat(text(type("YEARLY 20% 0 30 plans=yearly"))).contains("There is no plan <b>yearly</b>");
        assertThat(text(type("COLOR 20% 0 30 color=red"))).contains("not a code I can create", "peruser=2");
        assertThat(text(type("NONE 20% 0 30 peruser=0"))).contains("breaks a rule");
        assertThat(shop.discountCodes.all()).isEmpty();
    }

    @Test
    void checkout_withACodeForAnotherPlan_saysItIsTheWrongPlanInEnglishAndPersian() {
        PlanId quarter = new PlanId("quarter");
        shop.plans.insert(dev.tollgate.domain.plan.Plan.create(quarter, "Quarter", new dev.tollgate.domain.plan.PlanTerms(
                        quarter, java.time.Duration.ofDays(90), dev.tollgate.domain.shared.DataSize.ofGibibytes(200), 0, false,
                        dev.tollgate.domain.plan.RenewalPolicy.STACK_BOTH),
                Map.of(dev.tollgate.domain.shared.Currency.XTR, dev.tollgate.domain.shared.Money.of(600,
                        dev.tollgate.domain.shared.Currency.XTR)), java.util.Set.of(shop.servers.all().get(0).id()),
                java.util.Set.of(), shop.clock.instant()));
        assertThat(text(type("OTHER 20% 0 30 plans=quarter"))).contains("Code created");
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(700), "en"));
        CheckoutScreen checkout = new CheckoutScreen(UI, shop.listPlans, shop.quotes, shop.renewals, shop.showWallet,
                Optional.empty(), shop.cancelOrder);
        for (Language language : new Language[] {Language.EN, Language.FA}) {
            Session ann = session(700, language, shop.clock.instant());
            Reply asked = checkout.onTap(ann, CallbackData.of("chk", "pc", "month"));
            Session typing = Replies.inConversation(ann, "chk.code",
                    ((Reply.Converse) asked.parts().get(asked.parts().size() - 1)).values());
            String refusal = text(checkout.onInput(typing, new Inbound.Text("other")));
            assertThat(refusal).contains(language == Language.EN ? "is not valid for this plan" : "برای این طرح معتبر نیست");
        }
        assertThat(shop.orders.findByCustomer(new TelegramUserId(700))).isEmpty();
    }
}
