package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.fakes.InMemoryPanelGatewayFactory;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Adding a bare Xray core in the bot: a core that lists its inbounds offers them; an older one takes a typed tag. */
class CoreServerWizardConversationTest {

    private static final String TOKEN = "46:core-wizard-test";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TgUser OWNER = new TgUser(TestShop.ADMIN.value(), "Olga", "en");

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();
    private final InMemoryPanelGatewayFactory cores = (InMemoryPanelGatewayFactory) shop.panelFactories.get(0);

    private ChatMessage reachTheCore() {
        telegram.userSends(OWNER, "/admin");
        ChatMessage office = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Servers").isPresent(), WAIT);
        telegram.userPresses(OWNER, office.messageId(), office.buttonData("Servers").orElseThrow());
        ChatMessage list = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Add a server").isPresent(), WAIT);
        telegram.userPresses(OWNER, list.messageId(), list.buttonData("Add a server").orElseThrow());
        ChatMessage kinds = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("What drives it?"), WAIT);
        telegram.userPresses(OWNER, kinds.messageId(), "srvadd:k:xray");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("send the address of the core's API"), WAIT);
        int sent = telegram.userSends(OWNER, "10.0.0.7:10085");
        return telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() > sent && m.text() != null
                && (m.text().contains("Pick the one") || m.text().contains("Send the tag")), WAIT);
    }

    private ServerSettings finish(ChatMessage publicAddressQuestion) {
        assertThat(publicAddressQuestion.text()).contains("users' apps connect to");
        assertThat(publicAddressQuestion.buttonTexts()).as("a core's API address suggests no public one")
                .noneMatch(text -> text.startsWith("Use "));
        telegram.userSends(OWNER, "fi1.example.com:443");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Last step"), WAIT);
        telegram.userSends(OWNER, "fi-1 Helsinki");
        ChatMessage summary = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Save it?"), WAIT);
        telegram.userPresses(OWNER, summary.messageId(), summary.buttonData("Save").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Server added"), WAIT);
        assertThat(telegram.errors()).isEmpty();
        return shop.storedServers.findById(new ServerId("fi-1")).orElseThrow();
    }

    @Test
    void addingAnXrayCoreThatListsItsInbounds_offersTheOnesSoldOn_andTakesTheProtocolFromThePick() {
        cores.xrayListsInbounds = true;

        ChatMessage picker = reachTheCore();

        assertThat(picker.text()).contains("The core answered and lists its inbounds");
        assertThat(picker.buttonTexts()).contains("vless-in · vless", "trojan-in · trojan")
                .noneMatch(text -> text.startsWith("api"));
        telegram.userPresses(OWNER, picker.messageId(), picker.buttonData("vless-in").orElseThrow());
        ServerSettings stored = finish(telegram.awaitBotMessage(OWNER.id(),
                m -> m.text().contains("users' apps connect to"), WAIT));

        assertThat(stored.kind()).isEqualTo("xray");
        assertThat(stored.connection().inbound()).isEqualTo("vless-in");
        assertThat(stored.protocol()).isEqualTo(Protocol.VLESS);
    }

    @Test
    void addingAnXrayCoreThatCannotListItsInbounds_asksForTheTagAndTheProtocolAsBefore() {
        ChatMessage tagQuestion = reachTheCore();

        assertThat(tagQuestion.text()).contains("The server answered", "Send the tag");
        telegram.userSends(OWNER, "proxy-in");
        ChatMessage protocols = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Which protocol"), WAIT);
        telegram.userPresses(OWNER, protocols.messageId(), protocols.buttonData("trojan").orElseThrow());
        ServerSettings stored = finish(telegram.awaitBotMessage(OWNER.id(),
                m -> m.text().contains("users' apps connect to"), WAIT));

        assertThat(stored.connection().inbound()).isEqualTo("proxy-in");
        assertThat(stored.protocol()).isEqualTo(Protocol.TROJAN);
    }
}
