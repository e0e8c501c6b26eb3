package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.httppanels.HttpPanelsModule;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestBot;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.adapters.threexui.FakeThreeXuiPanel;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.staff.AuditAction;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An owner adds a 3x-UI server in the bot against the 3x-UI fake rebuilt from the panel's source, through the real
 * 3x-UI adapter: the wrong password is refused with the panel's words, the inbounds are the panel's, and the server
 * is stored only after the connection was tested again, with the Reality link parameters of its inbound read from
 * the panel.
 */
class ServersBackOfficeTest {

    private static final String TOKEN = "45:servers-3xui";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final TgUser OWNER = new TgUser(TestShop.ADMIN.value(), "Olga", "en");

    private FakeTelegramBotApi telegram;
    private LifecycleService bot;
    private FakeThreeXuiPanel panel;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.stop();
        }
        if (telegram != null) {
            telegram.close();
        }
        if (panel != null) {
            panel.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = FakeThreeXuiPanel.Version.class, names = {"V2_8", "MAIN"})
    void owner_adds3xUiServer_throughTheRealAdapter_wrongPasswordRefused_inboundsListed_savedAfterATest(
            FakeThreeXuiPanel.Version version) {
        panel = new FakeThreeXuiPanel(version, "vless");
        panel.makeReality(2);
        TestShop shop = new TestShop();
        shop.panelFactories.clear();
        shop.panelFactories.addAll(Guice.createInjector(new HttpPanelsModule())
                .getInstance(Key.get(new TypeLiteral<Set<PanelGatewayFactory>>() { })));
        telegram = FakeTelegramBotApi.start(TOKEN);
        bot = TestBot.start(shop, telegram, TOKEN);

        telegram.userSends(OWNER, "/admin");
        ChatMessage office = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Servers").isPresent(), WAIT);
        telegram.userPresses(OWNER, office.messageId(), "srvadd:k:3x-ui");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("send the panel's URL"), WAIT);
        telegram.userSends(OWNER, panel.address());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Send the panel's login"), WAIT);
        int wrong = telegram.userSends(OWNER, "admin not-the-password");
        ChatMessage refused = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("The panel refused the login"), WAIT);
        assertThat(refused.text()).contains("3x-UI refused the login of admin: " + FakeThreeXuiPanel.WRONG_LOGIN)
                .doesNotContain("not-the-password");
        assertThat(telegram.deletedByBot(OWNER.id(), wrong)).isTrue();

        int right = telegram.userSends(OWNER, FakeThreeXuiPanel.USER + " " + FakeThreeXuiPanel.PASSWORD);
        ChatMessage inbounds = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Pick the inbound"), WAIT);
        assertThat(telegram.deletedByBot(OWNER.id(), right)).isTrue();
        assertThat(inbounds.buttonTexts()).contains("#1 · vless · port 40001 · vless-40001",
                "#2 · vless · port 40002 · vless-40002");
        telegram.userPresses(OWNER, inbounds.messageId(), inbounds.buttonData("#2").orElseThrow());
        String host = URI.create(panel.address()).getHost();
        ChatMessage publicAddress = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Use " + host + ":40002")
                .isPresent(), WAIT);
        telegram.userPresses(OWNER, publicAddress.messageId(), publicAddress.buttonData("Use").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Last step"), WAIT);
        telegram.userSends(OWNER, "nl-1 Amsterdam");
        ChatMessage summary = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Save it?"), WAIT);
        int loginsBeforeSave = panel.logins();
        telegram.userPresses(OWNER, summary.messageId(), summary.buttonData("Save").orElseThrow());
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Server added"), WAIT);

        assertThat(card.text()).contains("Amsterdam", "inbound 2", "Login: user admin with a password",
                "pbk=" + FakeThreeXuiPanel.REALITY_PUBLIC_KEY, "Read from the panel's inbound: fp, pbk, security, sid, sni, spx, type")
                .doesNotContain(FakeThreeXuiPanel.REALITY_PRIVATE_KEY);
        ServerSettings stored = shop.storedServers.findById(new ServerId("nl-1")).orElseThrow();
        assertThat(stored.kind()).isEqualTo("3x-ui");
        assertThat(stored.protocol()).isEqualTo(Protocol.VLESS);
        assertThat(stored.connection().inbound()).isEqualTo("2");
        assertThat(stored.connection().password().value()).isEqualTo(FakeThreeXuiPanel.PASSWORD);
        assertThat(stored.endpoint().port()).isEqualTo(40002);
        assertThat(stored.endpoint().typedParameters()).as("the owner typed nothing").isEmpty();
        assertThat(stored.endpoint().linkParameters()).containsEntry("security", "reality")
                .containsEntry("pbk", FakeThreeXuiPanel.REALITY_PUBLIC_KEY).containsEntry("sni", "www.apple.com")
                .containsEntry("sid", "6ba85179e30d4fc2").doesNotContainValue(FakeThreeXuiPanel.REALITY_PRIVATE_KEY);
        assertThat(panel.logins()).as("the save tested the connection again").isGreaterThan(loginsBeforeSave);
        assertThat(shop.audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SERVER_ADDED);
            assertThat(entry.after()).doesNotContain(FakeThreeXuiPanel.PASSWORD, FakeThreeXuiPanel.REALITY_PRIVATE_KEY)
                    .contains("3x-ui at http://", "read from the panel: fp, pbk");
        });
        assertThat(telegram.calls()).noneMatch(call -> !call.method().equals("getUpdates")
                && call.parameters().toString().contains(FakeThreeXuiPanel.PASSWORD));
        assertThat(telegram.errors()).isEmpty();
    }
}
