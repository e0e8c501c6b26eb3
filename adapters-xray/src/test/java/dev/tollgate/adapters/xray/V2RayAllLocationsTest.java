package dev.tollgate.adapters.xray;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.xray.testing.LocalHttpPage;
import dev.tollgate.adapters.xray.testing.V2RayClient;
import dev.tollgate.adapters.xray.testing.V2RayServer;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.Subscription;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An all-locations plan over three real V2Ray cores: one purchase connects through each, renewed once, revoked. */
class V2RayAllLocationsTest {

    private static final PlanId TRIO = new PlanId("trio");

    private final TestCore f = new TestCore();
    private final List<V2RayServer> cores = new ArrayList<>();
    private final List<ServerSettings> settings = new ArrayList<>();
    private final List<PanelGateway> gateways = new ArrayList<>();
    private Path workDir;
    private LocalHttpPage page;

    @BeforeEach
    void start() {
        workDir = Path.of("target", "v2ray", getClass().getSimpleName()).toAbsolutePath();
        page = LocalHttpPage.serve("x".repeat(1_000));
        for (String id : List.of("v2-a", "v2-b", "v2-c")) {
            V2RayServer core = V2RayServer.start(workDir.resolve(id));
            ServerSettings s = RealV2RayContract.settingsFor(core, Protocol.VLESS);
            ServerSettings named = new ServerSettings(new ServerId(id), s.kind(), "Core " + id, s.protocol(),
                    s.connection(), s.endpoint());
            PanelGateway gateway = new XrayPanelGatewayFactory().open(named);
            cores.add(core);
            settings.add(named);
            gateways.add(gateway);
            f.servers.add(named, gateway);
        }
        f.plans.insert(Plan.create(TRIO, "Trio", new PlanTerms(TRIO, Duration.ofDays(30), DataSize.ofGibibytes(100), 0,
                        false, RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, xtr(900)),
                Set.of(new ServerId("v2-a"), new ServerId("v2-b"), new ServerId("v2-c")), Set.of(), f.clock.instant())
                .withAllLocations(true));
    }

    @AfterEach
    void stop() {
        gateways.forEach(PanelGateway::close);
        page.close();
        cores.forEach(V2RayServer::close);
    }

    @Test
    void purchase_connectsThroughEveryCore_aRenewalKeepsThatAccess_andARevokeEndsItEverywhere() {
        TelegramUserId ann = f.contact(6200);
        OrderId order = f.place(PlaceOrderUseCase.Command.purchase(ann, TRIO, Currency.XTR, null, null));
        f.pay(order, xtr(900));
        Subscription bought = f.subscriptions.findByOwner(ann).get(0);
        List<V2RayClient> apps = new ArrayList<>();
        try {
            for (ServerSettings server : settings) {
                apps.add(V2RayClient.fromShareLink(f.provisioner.accessFor(bought, server).shareLink(), workDir));
            }
            apps.forEach(app -> assertThat(app.fetchStatus(page.uri())).isEqualTo(200));

            f.clock.advance(Duration.ofDays(3));
            OrderId renewal = f.place(PlaceOrderUseCase.Command.renewal(ann, bought.id(), Currency.XTR, null));
            f.pay(renewal, xtr(900));
            assertThat(f.subscriptions.findById(bought.id()).orElseThrow().expiresAt())
                    .contains(bought.expiresAt().orElseThrow().plus(Duration.ofDays(30)));
            apps.forEach(app -> assertThat(app.fetchStatus(page.uri())).isEqualTo(200));

            f.revokeAccess.revoke(new RevokeAccessUseCase.Command(ADMIN, bought.id()));
            apps.forEach(app -> assertThat(app.fetchStatus(page.uri())).isEqualTo(-1));
        } finally {
            apps.forEach(V2RayClient::close);
        }
    }
}
