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
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.staff.AuditAction;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Promo codes for admins: typed on one line, listed with uses, disabled once; strangers are refused. */
class PromosScreenTest {

    private final TestShop shop = new TestShop();
    private final PromosScreen screen = new PromosScreen(UI, shop.listCodes, shop.saveCode, shop.showCode);

    private Session owner() {
        return session(TestShop.ADMIN.value(), Language.EN, shop.clock.instant());
    }

    private Reply type(Session session, String line) {
        return screen.onInput(inConversation(session, "promo.new", Map.of()), new Inbound.Text(line));
    }

    @Test
    void create_typedOnOneLine_makesACodeTheStorefrontHonoursAndTheListCountsItsUses() {
        assertThat(text(type(owner(), "spring 20% 100 30"))).contains("Code created", "SPRING", "20% off", "Used 0 of 100");
        assertThat(text(type(owner(), "WELCOME 1.50 USD 0 365"))).contains("1.50 USD off", "of ∞");
        assertThat(text(type(owner(), "SPRING 10% 5 5"))).contains("exists already");
        assertThat(text(type(owner(), "X 20% 1 1"))).contains("not a code I can create");
        assertThat(text(type(owner(), "LATE 1.999 USD 1 1"))).contains("not a code I can create");

        TelegramUserId eve = new TelegramUserId(9100);
        shop.contacts.register(new RegisterContactUseCase.Command(eve, "en"));
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) shop.placeOrder.place(PlaceOrderUseCase.Command.purchase(
                eve, new PlanId("month"), Currency.XTR, null, new PromoCode("SPRING")));
        assertThat(order.total()).isEqualTo(Money.of(200, Currency.XTR));

        Reply list = screen.onTap(owner(), CallbackData.of("promo"));
        assertThat(text(list)).contains("Promo codes</b> (2)");
        assertThat(data(list)).contains("promo:v:SPRING", "promo:v:WELCOME", "promo:new");
        assertThat(shop.audit.all()).filteredOn(e -> e.action() == AuditAction.PROMO_CODE_SAVED).hasSize(2);
    }

    @Test
    void disable_byTheOwnerOnceAndByOthersRefused() {
        type(owner(), "SPRING 20% 100 30");
        Session stranger = session(666, Language.EN, shop.clock.instant());

        assertThat(screen.onTap(stranger, CallbackData.of("promo", "x", "SPRING")).alert()).isTrue();
        assertThat(text(type(stranger, "EVIL 99% 0 999"))).contains("Only the shop's admins");
        assertThat(text(screen.onTap(owner(), CallbackData.of("promo", "x", "SPRING")))).contains("Disabled", "disabled");
        assertThat(screen.onTap(owner(), CallbackData.of("promo", "x", "SPRING")).toast()).contains("already disabled");

        assertThat(shop.discountCodes.find(new PromoCode("SPRING")).orElseThrow().active()).isFalse();
        assertThat(shop.discountCodes.find(new PromoCode("EVIL"))).isEmpty();
        assertThat(shop.audit.all()).filteredOn(e -> e.action() == AuditAction.PROMO_CODE_DISABLED).hasSize(1);
    }

    @Test
    void card_ofAUsedCode_listsTheOrdersItWasUsedOnInPagesAndIsRefusedToSupport() {
        type(owner(), "SPRING 20% 100 30");
        assertThat(text(screen.onTap(owner(), CallbackData.of("promo", "v", "SPRING")))).contains("Not used on any order yet");
        for (int i = 0; i < 10; i++) {
            TelegramUserId buyer = new TelegramUserId(9200 + i);
            shop.contacts.register(new RegisterContactUseCase.Command(buyer, "en"));
            shop.placeOrder.place(PlaceOrderUseCase.Command.purchase(buyer, new PlanId("month"), Currency.XTR, null,
                    new PromoCode("SPRING")));
            shop.clock.advance(java.time.Duration.ofMinutes(1));
        }

        Reply card = screen.onTap(owner(), CallbackData.of("promo", "v", "SPRING"));
        assertThat(text(card)).contains("Used 10 of 100", "Used on", "page 1", "• 9209 · order", "−⭐ 50")
                .doesNotContain("• 9201 ·");
        assertThat(data(card)).contains("promo:u:SPRING:1", "promo:x:SPRING", "promo");
        Reply next = screen.onTap(owner(), CallbackData.of("promo", "u", "SPRING", 1));
        assertThat(text(next)).contains("page 2", "• 9201 ·", "• 9200 ·").doesNotContain("• 9209 ·");
        assertThat(data(next)).contains("promo:u:SPRING:0").doesNotContain("promo:u:SPRING:2");

        shop.manageStaff.change(dev.tollgate.application.port.in.ManageStaffUseCase.Command.give(TestShop.ADMIN,
                new TelegramUserId(502), dev.tollgate.domain.staff.StaffRole.SUPPORT));
        assertThat(screen.onTap(session(502, Language.EN, shop.clock.instant()), CallbackData.of("promo", "u", "SPRING", 1))
                .alert()).isTrue();
    }
}
