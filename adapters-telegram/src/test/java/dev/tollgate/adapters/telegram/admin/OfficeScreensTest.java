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
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The back office's screens on the in-memory core: menus by role, paged lists, typed ids, Persian and Russian. */
class OfficeScreensTest {

    private final TestShop shop = new TestShop();
    private final OfficeScreen office = new OfficeScreen(UI, shop.openOffice);
    private final StaffScreen staff = new StaffScreen(UI, shop.listStaff, shop.manageStaff);
    private final AuditScreen audit = new AuditScreen(UI, shop.browseAudit);

    private Session owner(Language language) {
        return session(TestShop.ADMIN.value(), language, shop.clock.instant());
    }

    private void give(long user, StaffRole role) {
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(user), role));
    }

    @Test
    void office_showsEachRoleItsEntriesAndToOthersDoesNotExist() {
        give(20, StaffRole.ADMIN);
        give(21, StaffRole.SUPPORT);
        Inbound.Command command = new Inbound.Command("admin", "");

        assertThat(data(office.onCommand(owner(Language.EN), command))).contains("stats", "staff", "audit");
        assertThat(data(office.onCommand(session(20, Language.EN, shop.clock.instant()), command)))
                .contains("stats").doesNotContain("staff", "audit");
        assertThat(data(office.onCommand(session(21, Language.EN, shop.clock.instant()), command)))
                .doesNotContain("stats", "staff", "audit");
        assertThat(text(office.onCommand(session(22, Language.EN, shop.clock.instant()), command))).contains("did not understand");
        assertThat(office.onTap(session(22, Language.EN, shop.clock.instant()), CallbackData.of("office")).alert()).isTrue();
        assertThat(text(office.onCommand(owner(Language.FA), command))).contains("مالک");
        assertThat(text(office.onCommand(owner(Language.RU), command))).contains("владелец");
    }

    @Test
    void staffList_withTwentyMembers_pagesByEightAndClampsAForgedPage() {
        for (long id = 100; id < 120; id++) {
            give(id, id % 2 == 0 ? StaffRole.ADMIN : StaffRole.SUPPORT);
        }

        Reply first = staff.onTap(owner(Language.EN), CallbackData.of("staff"));
        Reply last = staff.onTap(owner(Language.EN), CallbackData.of("staff", "999999"));

        assertThat(text(first)).contains("Staff</b> (21) · page 1 of 3");
        assertThat(data(first)).contains("staff:m:1", "staff:m:100", "staff:m:106", "staff:1", "staff:add")
                .doesNotContain("staff:m:107");
        assertThat(text(last)).contains("page 3 of 3");
        assertThat(data(last)).contains("staff:m:115", "staff:m:119", "staff:1").doesNotContain("staff:3");
        assertThat(data(first)).allSatisfy(d -> assertThat(CallbackData.parse(d)).isPresent());
    }

    @Test
    void staffAdd_typedId_opensTheCardAndAPressGivesTheRoleOnce() {
        Reply ask = staff.onTap(owner(Language.EN), CallbackData.of("staff", "add"));
        assertThat(parts(ask, Reply.Converse.class)).singleElement().satisfies(c -> assertThat(c.step()).isEqualTo("staff.id"));
        Session typing = inConversation(owner(Language.EN), "staff.id", Map.of());

        assertThat(text(staff.onInput(typing, new Inbound.Text("-5")))).contains("not a Telegram user id");
        Reply card = staff.onInput(typing, new Inbound.Text(" 987654321012 "));
        assertThat(text(card)).contains("User 987654321012");
        assertThat(data(card)).contains("staff:set:987654321012:A", "staff:set:987654321012:S", "staff:rm:987654321012");

        Reply given = staff.onTap(owner(Language.EN), CallbackData.of("staff", "set", 987654321012L, "S"));
        Reply again = staff.onTap(owner(Language.EN), CallbackData.of("staff", "set", 987654321012L, "S"));
        assertThat(text(given)).contains("Role: not staff → support");
        assertThat(again.parts()).isEmpty();
        assertThat(again.toast()).isEqualTo("Nothing to change.");
        assertThat(shop.audit.count()).isEqualTo(1);
        assertThat(staff.onTap(owner(Language.EN), CallbackData.of("staff", "rm", 1)).toast()).contains("configuration");
        assertThat(staff.onTap(owner(Language.EN), CallbackData.of("staff", "set", 5, "O")).alert()).isTrue();
    }

    @Test
    void audit_listsNewestFirstInTheReadersLanguageAndIsTheOwnersOnly() {
        give(30, StaffRole.ADMIN);
        shop.clock.advance(java.time.Duration.ofMinutes(5));
        shop.manageStaff.change(ManageStaffUseCase.Command.remove(TestShop.ADMIN, new TelegramUserId(30)));

        String english = text(audit.onTap(owner(Language.EN), CallbackData.of("audit")));
        assertThat(english).contains("Audit log</b> (2)");
        assertThat(english.indexOf("removed from staff")).isLessThan(english.indexOf("staff role given"));
        assertThat(text(audit.onTap(owner(Language.RU), CallbackData.of("audit")))).contains("убран из персонала");
        assertThat(audit.onTap(session(30, Language.EN, shop.clock.instant()), CallbackData.of("audit")).alert()).isTrue();
    }
}
