package dev.tollgate.adapters.xray;

import static dev.tollgate.application.testing.TestCore.QUARTER;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.xray.testing.LocalHttpPage;
import dev.tollgate.adapters.xray.testing.V2RayClient;
import dev.tollgate.adapters.xray.testing.V2RayServer;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.subscription.Subscription;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A paid subscription moved between two real V2Ray cores by the real move use case: access follows it. */
class V2RayMoveTest {

    private static final ServerId A = new ServerId("v2-a");
    private static final ServerId B = new ServerId("v2-b");

    private final TestCore f = new TestCore();
    private Path workDir;
    private V2RayServer coreA;
    private V2RayServer coreB;
    private ServerSettings settingsA;
    private ServerSettings settingsB;
    private PanelGateway gatewayA;
    private PanelGateway gatewayB;
    private LocalHttpPage page;

    @BeforeEach
    void start() {
        workDir = Path.of("target", "v2ray", getClass().getSimpleName()).toAbsolutePath();
        coreA = V2RayServer.start(workDir.resolve("a"));
        coreB = V2RayServer.start(workDir.resolve("b"));
        page = LocalHttpPage.serve("x".repeat(1_000));
        settingsA = named(A, RealV2RayContract.settingsFor(coreA, Protocol.VLESS));
        settingsB = named(B, RealV2RayContract.settingsFor(coreB, Protocol.VLESS));
        gatewayA = new XrayPanelGatewayFactory().open(settingsA);
        gatewayB = new XrayPanelGatewayFactory().open(settingsB);
        f.servers.add(settingsA, gatewayA).add(settingsB, gatewayB);
        f.groups.put("v2-a", "europe").put("v2-b", "europe");
    }

    @AfterEach
    void stop() {
        gatewayA.close();
        gatewayB.close();
        page.close();
        coreA.close();
        coreB.close();
    }

    private static ServerSettings named(ServerId id, ServerSettings s) {
        return new ServerSettings(id, s.kind(), "Core " + id.value(), s.protocol(), s.connection(), s.endpoint());
    }

    private V2RayClient appFor(Subscription subscription, ServerSettings server) {
        return V2RayClient.fromShareLink(f.provisioner.accessFor(subscription, server).shareLink(), workDir);
    }

    @Test
    void move_toAnotherCore_givesAccessThereAndTakesItAwayFromTheOldOne_evenWhenTheNewCoreWasDownAtFirst() {
        TelegramUserId ann = f.contact(6100);
        OrderId order = f.place(PlaceOrderUseCase.Command.purchase(ann, QUARTER, Currency.XTR, A, null));
        f.pay(order, xtr(600));
        Subscription bought = f.subscriptions.findByOwner(ann).get(0);
        coreB.stop();

        try (V2RayClient viaA = appFor(bought, settingsA); V2RayClient viaB = appFor(bought, settingsB)) {
            assertThat(viaA.fetchStatus(page.uri())).isEqualTo(200);

            MoveSubscriptionUseCase.Result first = f.moveSubscription.move(new MoveSubscriptionUseCase.Command(ann, bought.id(), B));
            assertThat(first).isInstanceOf(MoveSubscriptionUseCase.Underway.class);
            assertThat(viaA.fetchStatus(page.uri())).as("the old location keeps working while the new one is down").isEqualTo(200);

            coreB.restart();
            assertThat(f.moveSubscription.resume()).isEqualTo(1);

            assertThat(f.subscriptions.findById(bought.id()).orElseThrow().server()).isEqualTo(B);
            assertThat(viaB.fetchStatus(page.uri())).isEqualTo(200);
            assertThat(viaA.fetchStatus(page.uri())).as("the old client is gone").isEqualTo(-1);
        }
    }
}
