package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.fakes.InMemoryPanelGatewayFactory;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.ProbeServerUseCase;
import dev.tollgate.application.port.in.SaveServerUseCase;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scripted server conversations of the back office over the fake Bot API. */
class ServersBotConversationTest {

    private static final String TOKEN = "44:servers-test";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TgUser OWNER = new TgUser(TestShop.ADMIN.value(), "Olga", "en");
    private static final TgUser SAM = new TgUser(502, "Sam", "en");
    private static final TgUser EVE = new TgUser(666, "Eve", "en");
    private static final String PANEL = "https://panel.example.com:2053/Xq7base/";

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();

    @Test
    void admin_addsA3xUiServer_theWrongPasswordIsRefusedClearly_theInboundsAreListed_andTheLoginNeverStaysInTheChat() {
        telegram.userSends(OWNER, "/admin");
        ChatMessage office = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Servers").isPresent(), WAIT);
        telegram.userPresses(OWNER, office.messageId(), office.buttonData("Servers").orElseThrow());
        ChatMessage list = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Servers (1)"), WAIT);
        assertThat(list.buttonTexts()).contains("⚪ de-1 · memory · 0 live · 📄");

        telegram.userPresses(OWNER, list.messageId(), list.buttonData("Add a server").orElseThrow());
        ChatMessage kinds = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("What drives it?"), WAIT);
        telegram.userPresses(OWNER, kinds.messageId(), kinds.buttonData("3x-UI panel").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("send the panel's URL"), WAIT);
        telegram.userSends(OWNER, PANEL);
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Send the panel's login"), WAIT);

        int wrong = telegram.userSends(OWNER, "admin hunter2");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("The panel refused the login"), WAIT);
        assertThat(telegram.deletedByBot(OWNER.id(), wrong)).isTrue();
        int right = telegram.userSends(OWNER, "admin " + InMemoryPanelGatewayFactory.PASSWORD);
        ChatMessage inbounds = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Pick the inbound"), WAIT);
        assertThat(telegram.deletedByBot(OWNER.id(), right)).isTrue();
        assertThat(inbounds.buttonTexts()).contains("#1 · vless · port 443 · VLESS reality", "#2 · trojan · port 8443 · Trojan ws",
                "#3 · socks · port 1080 · socks");

        String socks = telegram.userPresses(OWNER, inbounds.messageId(), inbounds.buttonData("#3").orElseThrow());
        bot.awaitAnswered(socks);
        assertThat(telegram.callbackAnswerText(socks)).contains("this inbound is socks");
        telegram.userPresses(OWNER, inbounds.messageId(), inbounds.buttonData("#1").orElseThrow());
        ChatMessage publicAddress = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("users' apps connect to"), WAIT);
        telegram.userPresses(OWNER, publicAddress.messageId(), publicAddress.buttonData("Use panel.example.com:443").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Last step"), WAIT);
        telegram.userSends(OWNER, "de.2 Frankfurt");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("An id is 1 to 40"), WAIT);
        telegram.userSends(OWNER, "de-2 Frankfurt 2");
        ChatMessage summary = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Save it?"), WAIT);
        assertThat(summary.text()).contains("Frankfurt 2 (de-2)", "3x-ui · VLESS", "https://panel.example.com:2053/***/ · inbound 1",
                "panel.example.com:443", "Link parameters read from the panel's inbound: fp, pbk, security, sid, sni, type")
                .doesNotContain("Xq7base");
        String save = telegram.userPresses(OWNER, summary.messageId(), summary.buttonData("Save").orElseThrow());
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Server added"), WAIT);
        String again = telegram.userPresses(OWNER, summary.messageId(), summary.buttonData("Save").orElseThrow());
        bot.awaitAnswered(save);
        bot.awaitAnswered(again);

        assertThat(card.text()).contains("Login: user admin with a password", "Live subscriptions: 0", "not checked yet",
                "pbk=" + InMemoryPanelGatewayFactory.REALITY_PUBLIC_KEY);
        ServerSettings stored = shop.storedServers.findById(new ServerId("de-2")).orElseThrow();
        assertThat(stored.connection().password().value()).isEqualTo(InMemoryPanelGatewayFactory.PASSWORD);
        assertThat(stored.endpoint().host()).isEqualTo("panel.example.com");
        assertThat(stored.protocol()).isEqualTo(Protocol.VLESS);
        assertThat(telegram.callbackAnswerText(again)).contains("This step is over");
        assertThat(shop.audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SERVER_ADDED);
            assertThat(entry.after()).doesNotContain(InMemoryPanelGatewayFactory.PASSWORD, "hunter2");
        });
        assertThat(telegram.calls()).noneMatch(call -> !call.method().equals("getUpdates")
                && call.parameters().toString().contains(InMemoryPanelGatewayFactory.PASSWORD));
        assertThat(shop.conversations.find(TestShop.ADMIN, shop.clock.instant())).isEmpty();
        assertThat(shop.inbox.payloads()).as("the inbox forgot the updates that carried the login")
                .noneMatch(payload -> payload.contains(InMemoryPanelGatewayFactory.PASSWORD) || payload.contains("hunter2"));
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void admin_editsAStoredServer_aConfiguredOneIsReadOnly_andRemovalWaitsUntilNoLiveSubscriptionIsOnIt() {
        addDe2();
        Subscription live = liveOn("de-2");
        telegram.userSends(OWNER, "/admin");
        ChatMessage office = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Servers").isPresent(), WAIT);
        telegram.userPresses(OWNER, office.messageId(), "srv:v:de-1");
        ChatMessage configured = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("From the configuration"), WAIT);
        assertThat(configured.buttonTexts()).containsExactly("🖥 All servers");
        String forgedEdit = telegram.userPresses(OWNER, configured.messageId(), "srv:e:n:de-1");
        bot.awaitAnswered(forgedEdit);
        assertThat(telegram.callbackAnswerText(forgedEdit)).contains("comes from the configuration file");

        telegram.userPresses(OWNER, configured.messageId(), "srv:v:de-2");
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Live subscriptions: 1"), WAIT);
        telegram.userPresses(OWNER, card.messageId(), card.buttonData("Public address").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("as host:port"), WAIT);
        telegram.userSends(OWNER, "nowhere");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Write the public address as host:port"), WAIT);
        telegram.userSends(OWNER, "de2.example.com:8443");
        ChatMessage edited = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Users connect to: de2.example.com:8443"), WAIT);
        assertThat(edited.text()).startsWith("✅ Saved.");

        telegram.userPresses(OWNER, edited.messageId(), edited.buttonData("Capacity").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Send the most live subscriptions"), WAIT);
        telegram.userSends(OWNER, "lots");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Send a whole number of clients"), WAIT);
        telegram.userSends(OWNER, "2");
        ChatMessage sized = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Capacity: 1 of 2"), WAIT);
        telegram.userPresses(OWNER, sized.messageId(), sized.buttonData("Close for new sales").orElseThrow());
        ChatMessage closed = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Closed for new sales:"), WAIT);
        String twice = telegram.userPresses(OWNER, closed.messageId(), "srv:so:0:de-2");
        bot.awaitAnswered(twice);
        assertThat(telegram.callbackAnswerText(twice)).contains("closed for new sales already");
        assertThat(shop.storedServers.findById(new ServerId("de-2")).orElseThrow().salesOpen()).isFalse();
        assertThat(closed.buttonData("Open for sales")).isPresent();

        telegram.userPresses(OWNER, closed.messageId(), closed.buttonData("Remove").orElseThrow());
        ChatMessage confirm = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Remove Frankfurt 2?"), WAIT);
        String refused = telegram.userPresses(OWNER, confirm.messageId(), confirm.buttonData("Yes, remove it").orElseThrow());
        bot.awaitAnswered(refused);
        assertThat(telegram.callbackAnswerText(refused)).contains("still carries 1 live subscriptions");
        assertThat(shop.storedServers.findById(new ServerId("de-2"))).isPresent();
        live.revoke();
        shop.subscriptions.update(live);
        telegram.userPresses(OWNER, confirm.messageId(), confirm.buttonData("Yes, remove it").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Frankfurt 2 was removed"), WAIT);

        assertThat(shop.storedServers.findAll()).isEmpty();
        assertThat(shop.audit.all()).extracting(AuditEntry::action).containsExactly(AuditAction.SERVER_ADDED,
                AuditAction.SERVER_EDITED, AuditAction.SERVER_EDITED, AuditAction.SERVER_EDITED, AuditAction.SERVER_REMOVED);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void forgedPressesAndTypedSteps_bySupportAndStrangers_areRefusedAndChangeNothingNorTheAudit() {
        addDe2();
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(SAM.id()),
                StaffRole.SUPPORT));
        List<AuditEntry> before = shop.audit.all();
        telegram.userSends(SAM, "/admin");
        ChatMessage samOffice = telegram.awaitBotMessage(SAM.id(), m -> m.text().contains("Your role: support"), WAIT);
        assertThat(samOffice.buttonTexts()).noneMatch(text -> text.contains("Servers"));
        telegram.userSends(EVE, "/admin");
        ChatMessage eveAnswer = telegram.awaitBotMessage(EVE.id(), m -> m.text().contains("did not understand"), WAIT);

        String[] forged = {"srv", "srv:1", "srv:v:de-2", "srv:e:n:de-2", "srv:e:c:de-2", "srv:e:a:de-2", "srv:rm:de-2", "srv:rmy:de-2", "srv:so:0:de-2", "srv:e:m:de-2",
                "srvadd", "srvadd:k:3x-ui", "srvadd:in:1", "srvadd:sug", "srvadd:save"};
        for (String data : forged) {
            bot.awaitAnswered(telegram.userPresses(SAM, samOffice.messageId(), data));
            bot.awaitAnswered(telegram.userPresses(EVE, eveAnswer.messageId(), data));
        }
        telegram.userSends(SAM, "mine 1");
        telegram.userSends(EVE, "admin " + InMemoryPanelGatewayFactory.PASSWORD);

        assertThat(shop.storedServers.findAll()).extracting(ServerSettings::displayName).containsExactly("Frankfurt 2");
        assertThat(shop.audit.all()).isEqualTo(before);
        assertThat(shop.conversations.find(new TelegramUserId(SAM.id()), shop.clock.instant())).isEmpty();
        assertThat(shop.conversations.find(new TelegramUserId(EVE.id()), shop.clock.instant())).isEmpty();
        assertThat(telegram.message(SAM.id(), samOffice.messageId()).orElseThrow().edits()).isZero();
        assertThat(telegram.calls().stream().filter(c -> c.method().equals("answerCallbackQuery"))
                .allMatch(c -> "true".equals(c.parameters().get("show_alert")))).isTrue();
        assertThat(telegram.errors()).isEmpty();
    }

    private void addDe2() {
        String sealed = ((ProbeServerUseCase.Reached) shop.probeServer.probe(new ProbeServerUseCase.Command(TestShop.ADMIN,
                "3x-ui", PANEL, "admin", new Secret(InMemoryPanelGatewayFactory.PASSWORD), null))).sealedCredentials();
        assertThat(shop.saveServer.save(SaveServerUseCase.Command.create(TestShop.ADMIN, new ServerId("de-2"), "Frankfurt 2",
                "3x-ui", Protocol.VLESS, PANEL, "1", "admin", sealed, "de2.example.com", 443)))
                .isInstanceOf(SaveServerUseCase.Saved.class);
    }

    private Subscription liveOn(String server) {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        shop.subscriptions.insert(Subscription.createPending(id, new TelegramUserId(31), SubscriptionKind.PAID,
                new ServerId(server), new ClientCredential("tg31-" + id.value().toString().substring(0, 8),
                        UUID.randomUUID().toString()), Duration.ofDays(30), DataSize.ofGibibytes(50), shop.clock.instant()));
        return shop.subscriptions.findById(id).orElseThrow();
    }


}
