package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.fakes.InMemoryPanelGatewayFactory;
import dev.tollgate.application.port.in.ProbeServerUseCase;
import dev.tollgate.application.port.in.SaveServerUseCase;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "📡 Connection" on a stored server's card, over the fake Bot API: a new address that answers is saved after its
 * test, one that does not is refused with nothing changed, and the same connection again changes nothing; the typed
 * login never stays in the chat. In English and in Russian.
 */
class ServerConnectionConversationTest {

    private static final String TOKEN = "46:server-connection";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PANEL = "https://panel.example.com:2053/Xq7base/";
    private static final String MOVED = "https://panel2.example.com:2053/N3wBase/";
    private static final String DEAD = "https://dead.example.com:2053/D3adBase/";
    private static final ServerId DE2 = new ServerId("de-2");

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();

    @BeforeEach
    void start() {
        ((InMemoryPanelGatewayFactory) shop.panelFactories.get(0)).unreachable.add("dead.example.com");
        String sealed = ((ProbeServerUseCase.Reached) shop.probeServer.probe(new ProbeServerUseCase.Command(TestShop.ADMIN,
                "3x-ui", PANEL, "admin", new Secret(InMemoryPanelGatewayFactory.PASSWORD), null))).sealedCredentials();
        assertThat(shop.saveServer.save(SaveServerUseCase.Command.create(TestShop.ADMIN, DE2, "Frankfurt 2", "3x-ui",
                Protocol.VLESS, PANEL, "1", "admin", sealed, "de2.example.com", 443))).isInstanceOf(SaveServerUseCase.Saved.class);
    }

    @Test
    void owner_movesAServerToANewPanelAddress_anUnreachableOneIsRefusedAndChangesNothing_theSameAgainIsUnchanged() {
        TgUser owner = new TgUser(TestShop.ADMIN.value(), "Olga", "en");
        ServerSettings before = shop.storedServers.findById(DE2).orElseThrow();
        ChatMessage card = openCard(owner, "Live subscriptions: 0");
        assertThat(card.text()).contains("Link: fp=chrome pbk=" + InMemoryPanelGatewayFactory.REALITY_PUBLIC_KEY,
                "Read from the panel's inbound: fp, pbk, security, sid, sni, type");

        telegram.userPresses(owner, card.messageId(), card.buttonData("Connection").orElseThrow());
        ChatMessage ask = telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Send the new URL of the panel"), WAIT);
        assertThat(ask.text()).contains("now https://panel.example.com:2053/***/").doesNotContain("Xq7base");
        telegram.userSends(owner, "panel2.example.com");
        telegram.awaitBotMessage(owner.id(), m -> m.text().contains("That is not an address here"), WAIT);
        telegram.userSends(owner, DEAD);
        telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Now the login of Frankfurt 2 at https://dead.example.com:2053/***/"), WAIT);
        int deadLogin = telegram.userSends(owner, "admin " + InMemoryPanelGatewayFactory.PASSWORD);
        ChatMessage refused = telegram.awaitBotMessage(owner.id(), m -> m.text().contains("The server did not answer"), WAIT);
        assertThat(telegram.deletedByBot(owner.id(), deadLogin)).isTrue();
        assertThat(refused.text()).doesNotContain("D3adBase", InMemoryPanelGatewayFactory.PASSWORD);
        assertThat(shop.storedServers.findById(DE2)).as("nothing changed").contains(before);
        assertThat(shop.audit.all()).extracting(AuditEntry::action).containsExactly(AuditAction.SERVER_ADDED);

        telegram.userPresses(owner, refused.messageId(), refused.buttonData("Back").orElseThrow());
        ChatMessage again = telegram.awaitBotMessage(owner.id(), m -> m.messageId() == refused.messageId()
                && m.text().contains("Live subscriptions"), WAIT);
        telegram.userPresses(owner, again.messageId(), again.buttonData("Connection").orElseThrow());
        telegram.awaitBotMessage(owner.id(), m -> m.messageId() == refused.messageId()
                && m.text().contains("Send the new URL of the panel"), WAIT);
        telegram.userSends(owner, MOVED);
        telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Now the login of Frankfurt 2 at https://panel2.example.com"), WAIT);
        int token = telegram.userSends(owner, InMemoryPanelGatewayFactory.TOKEN);
        ChatMessage saved = telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Saved: the new connection answered"), WAIT);

        assertThat(telegram.deletedByBot(owner.id(), token)).isTrue();
        assertThat(saved.text()).contains("Panel: https://panel2.example.com:2053/***/ · inbound 1", "Login: API token")
                .doesNotContain("N3wBase");
        ServerSettings after = shop.storedServers.findById(DE2).orElseThrow();
        assertThat(after.connection().address()).isEqualTo(MOVED);
        assertThat(after.connection().apiToken().value()).isEqualTo(InMemoryPanelGatewayFactory.TOKEN);
        assertThat(shop.audit.all()).extracting(AuditEntry::action).containsExactly(AuditAction.SERVER_ADDED,
                AuditAction.SERVER_EDITED);

        telegram.userPresses(owner, saved.messageId(), saved.buttonData("Connection").orElseThrow());
        telegram.awaitBotMessage(owner.id(), m -> m.messageId() == saved.messageId()
                && m.text().contains("now https://panel2.example.com:2053/***/"), WAIT);
        telegram.userSends(owner, MOVED);
        telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Now the login of Frankfurt 2 at https://panel2"), WAIT);
        telegram.userSends(owner, InMemoryPanelGatewayFactory.TOKEN);
        telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Tested: the connection answers, and nothing changed"), WAIT);

        assertThat(shop.audit.all()).hasSize(2);
        assertThat(shop.audit.all().get(1).after()).doesNotContain("N3wBase", InMemoryPanelGatewayFactory.TOKEN);
        assertNoSecretLeft();
    }

    @Test
    void owner_inRussian_isRefusedAnUnreachableAddressWithNothingChanged_thenMovesTheServer() {
        TgUser owner = new TgUser(TestShop.ADMIN.value(), "Ольга", "ru");
        ServerSettings before = shop.storedServers.findById(DE2).orElseThrow();
        ChatMessage card = openCard(owner, "Активных подписок: 0");
        assertThat(card.text()).contains("Прочитано из инбаунда панели: fp, pbk, security, sid, sni, type");

        telegram.userPresses(owner, card.messageId(), card.buttonData("Подключение").orElseThrow());
        telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Пришлите новый URL панели"), WAIT);
        telegram.userSends(owner, DEAD);
        telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Теперь вход для Frankfurt 2"), WAIT);
        int deadLogin = telegram.userSends(owner, "admin " + InMemoryPanelGatewayFactory.PASSWORD);
        ChatMessage refused = telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Сервер не ответил"), WAIT);
        assertThat(telegram.deletedByBot(owner.id(), deadLogin)).isTrue();
        assertThat(shop.storedServers.findById(DE2)).contains(before);
        assertThat(shop.audit.all()).hasSize(1);

        // Still waiting for the login of that address: a wrong one is refused too, then the owner goes back.
        int wrong = telegram.userSends(owner, "admin hunter2");
        telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Сервер не ответил") && m.messageId() > refused.messageId(), WAIT);
        assertThat(telegram.deletedByBot(owner.id(), wrong)).isTrue();
        telegram.userPresses(owner, refused.messageId(), refused.buttonData("Назад").orElseThrow());
        ChatMessage back = telegram.awaitBotMessage(owner.id(), m -> m.messageId() == refused.messageId()
                && m.text().contains("Активных подписок"), WAIT);
        telegram.userPresses(owner, back.messageId(), back.buttonData("Подключение").orElseThrow());
        telegram.awaitBotMessage(owner.id(), m -> m.messageId() == back.messageId()
                && m.text().contains("Пришлите новый URL панели"), WAIT);
        telegram.userSends(owner, MOVED);
        telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Теперь вход для Frankfurt 2 по адресу https://panel2"), WAIT);
        telegram.userSends(owner, "admin " + InMemoryPanelGatewayFactory.PASSWORD);
        ChatMessage saved = telegram.awaitBotMessage(owner.id(), m -> m.text().contains("Сохранено: новое подключение ответило"), WAIT);

        assertThat(saved.text()).contains("https://panel2.example.com:2053/***/").doesNotContain("N3wBase");
        assertThat(shop.storedServers.findById(DE2).orElseThrow().connection().address()).isEqualTo(MOVED);
        assertThat(shop.audit.all()).extracting(AuditEntry::action).containsExactly(AuditAction.SERVER_ADDED,
                AuditAction.SERVER_EDITED);
        assertNoSecretLeft();
    }

    private ChatMessage openCard(TgUser owner, String marker) {
        telegram.userSends(owner, "/admin");
        ChatMessage office = telegram.awaitBotMessage(owner.id(), m -> !m.buttonTexts().isEmpty(), WAIT);
        telegram.userPresses(owner, office.messageId(), "srv:v:de-2");
        return telegram.awaitBotMessage(owner.id(), m -> m.text().contains(marker), WAIT);
    }

    private void assertNoSecretLeft() {
        // The inbox forgets a handled update's payload just after the reply went out.
        for (int i = 0; i < 500 && shop.inbox.payloads().stream().anyMatch(this::carriesALogin); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(telegram.calls()).noneMatch(call -> !call.method().equals("getUpdates")
                && (call.parameters().toString().contains(InMemoryPanelGatewayFactory.PASSWORD)
                || call.parameters().toString().contains(InMemoryPanelGatewayFactory.TOKEN)));
        assertThat(shop.inbox.payloads()).as("the inbox forgot the updates that carried a login")
                .noneMatch(this::carriesALogin);
        assertThat(telegram.errors()).isEmpty();
    }

    private boolean carriesALogin(String payload) {
        return payload.contains(InMemoryPanelGatewayFactory.PASSWORD) || payload.contains(InMemoryPanelGatewayFactory.TOKEN)
                || payload.contains("hunter2");
    }
}
