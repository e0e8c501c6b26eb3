package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scripted back-office conversations over the fake Bot API: the owner runs the staff; forgers change nothing. */
class AdminBotConversationTest {

    private static final String TOKEN = "43:office-test";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TgUser OWNER = new TgUser(TestShop.ADMIN.value(), "Olga", "en");
    private static final TgUser ANN = new TgUser(501, "Ann", "en");
    private static final TgUser SAM = new TgUser(502, "Sam", "en");
    private static final TgUser EVE = new TgUser(666, "Eve", "en");

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();

    @Test
    void owner_makesAUserAdminInTheBot_whoThenDecidesAReceiptAndTheAuditLogShowsBoth() {
        SubmitReceiptUseCase.Submitted receipt = receiptOf(801);
        telegram.userSends(OWNER, "/admin");
        ChatMessage office = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Staff").isPresent(), WAIT);
        assertThat(office.text()).contains("Back office", "Your role: owner");

        telegram.userPresses(OWNER, office.messageId(), "staff");
        ChatMessage list = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Add a member").isPresent(), WAIT);
        assertThat(list.buttonTexts()).contains("👤 1 · owner");
        telegram.userPresses(OWNER, list.messageId(), "staff:add");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Send the Telegram user id"), WAIT);
        telegram.userSends(OWNER, "five hundred");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("not a Telegram user id"), WAIT);
        telegram.userSends(OWNER, "501");
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("User 501"), WAIT);
        telegram.userPresses(OWNER, card.messageId(), card.buttonData("Make admin").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Role: not staff → admin"), WAIT);
        telegram.userPresses(OWNER, card.messageId(), card.buttonData("Make admin").orElseThrow());

        telegram.userSends(ANN, "/admin");
        ChatMessage annOffice = telegram.awaitBotMessage(ANN.id(), m -> m.text().contains("Your role: admin"), WAIT);
        assertThat(annOffice.buttonTexts()).contains("📊 Statistics", "🧾 Receipts").noneMatch(text -> text.contains("Staff"));
        telegram.userSends(ANN, "/receipts");
        ChatMessage photo = telegram.awaitBotMessage(ANN.id(), m -> m.caption() != null
                && m.caption().contains("Receipt to review") && m.buttonData("Approve").isPresent(), WAIT);
        telegram.userPresses(ANN, photo.messageId(), photo.buttonData("Approve").orElseThrow());
        telegram.awaitBotMessage(ANN.id(), m -> m.messageId() == photo.messageId()
                && m.buttonTexts().stream().anyMatch(text -> text.contains("Approved by Ann")), WAIT);

        telegram.userPresses(OWNER, office.messageId(), "audit");
        ChatMessage audit = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Audit log"), WAIT);
        assertThat(audit.text()).contains("Audit log (2)", "· 501 · receipt approved", "AWAITING_REVIEW → CONFIRMED", "· 1 · ", "staff role given",
                "— → ADMIN");
        assertThat(shop.admins.roleOf(new TelegramUserId(501))).contains(StaffRole.ADMIN);
        assertThat(shop.payments.findById(receipt.payment()).orElseThrow().status()).isEqualTo(PaymentStatus.CONFIRMED);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void aRoleChangedInTheBot_changesThatMembersCommandMenuAtOnce_andRemovalGivesTheUsersMenuBack() {
        telegram.userSends(OWNER, "/admin");
        ChatMessage office = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Staff").isPresent(), WAIT);
        telegram.userPresses(OWNER, office.messageId(), "staff");
        ChatMessage list = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Add a member").isPresent(), WAIT);
        telegram.userPresses(OWNER, list.messageId(), "staff:add");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Send the Telegram user id"), WAIT);
        telegram.userSends(OWNER, "501");
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("User 501"), WAIT);

        telegram.userPresses(OWNER, card.messageId(), card.buttonData("Make admin").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Role: not staff → admin"), WAIT);
        assertThat(menuOf(501, "")).contains("admin", "receipts", "stats");
        assertThat(menuOf(501, "fa")).contains("admin", "receipts");

        telegram.userPresses(OWNER, card.messageId(), card.buttonData("Make support").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Role: admin → support"), WAIT);
        assertThat(menuOf(501, "")).contains("admin", "find", "tickets").doesNotContain("receipts", "stats");

        telegram.userPresses(OWNER, card.messageId(), card.buttonData("Remove from staff").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Role: support → not staff"), WAIT);
        assertThat(telegram.commandMenus().keySet()).noneMatch(key -> key.contains("501"));
        assertThat(telegram.errors()).isEmpty();
    }

    /** The commands set for that chat and language ("" for the chat's default), empty when none are. */
    private java.util.List<String> menuOf(long chat, String language) {
        return telegram.commandMenus().entrySet().stream()
                .filter(e -> e.getKey().contains("\"chat\"") && e.getKey().contains(Long.toString(chat))
                        && e.getKey().endsWith("/" + language))
                .flatMap(e -> e.getValue().stream()).map(command -> command.path("command").asText()).toList();
    }

    @Test
    void forgedPressesAndCommands_bySupportAndStrangers_areRefusedAndChangeNothingNorTheAudit() {
        SubmitReceiptUseCase.Submitted receipt = receiptOf(802);
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(SAM.id()),
                StaffRole.SUPPORT));
        java.util.List<AuditEntry> before = shop.audit.all();

        telegram.userSends(SAM, "/admin");
        ChatMessage samOffice = telegram.awaitBotMessage(SAM.id(), m -> m.text().contains("Your role: support"), WAIT);
        assertThat(samOffice.buttonTexts()).noneMatch(text -> text.contains("Staff") || text.contains("Statistics"));
        telegram.userSends(EVE, "/admin");
        ChatMessage eveAnswer = telegram.awaitBotMessage(EVE.id(), m -> m.text().contains("did not understand"), WAIT);

        String[] forged = {"staff:set:502:A", "staff:set:666:A", "staff:rm:502", "staff:rm:1", "staff", "staff:add",
                "audit", "stats", "rcpt:ok:" + receipt.payment().value(), "rcpt:no:" + receipt.payment().value()};
        for (String data : forged) {
            bot.awaitAnswered(telegram.userPresses(SAM, samOffice.messageId(), data));
            bot.awaitAnswered(telegram.userPresses(EVE, eveAnswer.messageId(), data));
        }
        telegram.userSends(SAM, "666");

        assertThat(shop.admins.roleOf(new TelegramUserId(SAM.id()))).contains(StaffRole.SUPPORT);
        assertThat(shop.admins.roleOf(new TelegramUserId(EVE.id()))).isEmpty();
        assertThat(shop.admins.roleOf(TestShop.ADMIN)).contains(StaffRole.OWNER);
        assertThat(shop.payments.findById(receipt.payment()).orElseThrow().status()).isEqualTo(PaymentStatus.AWAITING_REVIEW);
        assertThat(shop.audit.all()).isEqualTo(before).hasSize(1)
                .allSatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.STAFF_ROLE_SET));
        assertThat(telegram.message(SAM.id(), samOffice.messageId()).orElseThrow().edits()).isZero();
        assertThat(telegram.calls().stream().filter(c -> c.method().equals("answerCallbackQuery"))
                .allMatch(c -> "true".equals(c.parameters().get("show_alert")))).isTrue();
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void supportTicket_fromTheHelpScreen_isAnsweredBySupportStaffAndClosedAndStrangersCannotTouchIt() {
        TgUser carol = new TgUser(7300, "Carol", "en");
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(SAM.id()),
                StaffRole.SUPPORT));
        telegram.userSends(carol, "/help");
        ChatMessage help = telegram.awaitBotMessage(carol.id(), m -> m.buttonData("Contact support").isPresent(), WAIT);
        telegram.userPresses(carol, help.messageId(), help.buttonData("Contact support").orElseThrow());
        telegram.awaitBotMessage(carol.id(), m -> m.text().contains("Write your question"), WAIT);
        telegram.userSends(carol, "My link stopped working <since today>");
        telegram.awaitBotMessage(carol.id(), m -> m.text().contains("reached the shop's staff"), WAIT);
        assertThat(shop.alerts.alerts()).anySatisfy(alert -> assertThat(alert).isInstanceOf(
                dev.tollgate.application.port.out.AdminAlert.TicketWaiting.class));

        telegram.userSends(SAM, "/tickets");
        ChatMessage queue = telegram.awaitBotMessage(SAM.id(), m -> m.text().contains("Tickets waiting"), WAIT);
        String open = queue.buttonData("7300").orElseThrow();
        telegram.userSends(EVE, "/tickets");
        ChatMessage eveAnswer = telegram.awaitBotMessage(EVE.id(), m -> m.text().contains("did not understand"), WAIT);
        bot.awaitAnswered(telegram.userPresses(EVE, eveAnswer.messageId(), open.replace("tix:v:", "tix:c:")));
        bot.awaitAnswered(telegram.userPresses(EVE, eveAnswer.messageId(), open.replace("tix:v:", "tix:r:")));
        telegram.userPresses(SAM, queue.messageId(), open);
        ChatMessage ticket = telegram.awaitBotMessage(SAM.id(), m -> m.text().contains("My link stopped working"), WAIT);
        telegram.userPresses(SAM, ticket.messageId(), ticket.buttonData("Reply").orElseThrow());
        telegram.awaitBotMessage(SAM.id(), m -> m.text().contains("Send your answer"), WAIT);
        telegram.userSends(SAM, "Fixed: please update the subscription in your app");
        telegram.awaitBotMessage(SAM.id(), m -> m.text().contains("Answer sent"), WAIT);
        ChatMessage answered = telegram.awaitBotMessage(SAM.id(), m -> m.text().contains("Answer sent"), WAIT);
        telegram.userPresses(SAM, answered.messageId(), answered.buttonData("Close").orElseThrow());
        telegram.awaitBotMessage(SAM.id(), m -> m.text().contains("Ticket closed"), WAIT);

        assertThat(shop.notifier.sent(dev.tollgate.application.port.out.Notice.SupportAnswered.class))
                .extracting(n -> n.text()).containsExactly("Fixed: please update the subscription in your app");
        assertThat(shop.tickets.findUnclosedOf(new TelegramUserId(carol.id()))).isEmpty();
        assertThat(shop.audit.all()).extracting(AuditEntry::action)
                .containsSubsequence(AuditAction.TICKET_ANSWERED, AuditAction.TICKET_CLOSED);
        assertThat(shop.audit.all()).noneMatch(entry -> entry.actor().value() == EVE.id());
        assertThat(telegram.errors()).isEmpty();
    }

    private SubmitReceiptUseCase.Submitted receiptOf(long user) {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(user), "en"));
        PlaceOrderUseCase.Placed order = (PlaceOrderUseCase.Placed) shop.placeOrder.place(PlaceOrderUseCase.Command.purchase(
                new TelegramUserId(user), new PlanId("month"), Currency.USD, null, null));
        // The photo goes through the fake first, so Telegram knows its file id when the bot sends it to an admin.
        int photo = telegram.userSendsPhoto(new TgUser(user, "Cy", "en"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, (byte) user});
        return (SubmitReceiptUseCase.Submitted) shop.submitReceipt.submit(new SubmitReceiptUseCase.Command(
                new TelegramUserId(user), order.order(), "AgACuser" + photo + "x1280", "AQAD" + user));
    }

}
