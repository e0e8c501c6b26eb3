package dev.tollgate.adapters.threexui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.adapters.panelhttp.PanelHttp;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.port.in.ClaimSubscriptionUseCase;
import dev.tollgate.application.port.in.ImportClientsUseCase.Imported;
import dev.tollgate.application.port.in.ImportClientsUseCase.Line;
import dev.tollgate.application.port.in.ImportClientsUseCase.Outcome;
import dev.tollgate.application.port.out.OwnershipMark;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.testing.Imports;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.subscription.Adoption;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The import on the 3x-UI fake, on the per-inbound API (v2.8) and the clients API (v3.1): clients an admin made in
 * the web UI are adopted with their credential, term, quota and traffic; the panel keeps them as they were, except
 * the ownership mark in an empty comment; a second run adopts nothing; foreign clients are never touched.
 */
class ThreeXuiImportTest {

    private static final String DAVE_UUID = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";
    private static final String ERIN_UUID = "1a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7d";
    private static final Instant DAVE_EXPIRY = Instant.parse("2031-05-01T12:00:00Z");

    private static ObjectNode client(String email, String uuid, long tgId, long totalGB, long expiryTime, boolean enable,
                                     int limitIp, String comment) {
        ObjectNode client = PanelHttp.json().createObjectNode();
        client.put("id", uuid);
        client.put("flow", "");
        client.put("email", email);
        client.put("limitIp", limitIp);
        client.put("totalGB", totalGB);
        client.put("expiryTime", expiryTime);
        client.put("enable", enable);
        client.put("tgId", tgId);
        client.put("subId", "sub-" + email.toLowerCase());
        client.put("comment", comment);
        client.put("reset", 0);
        return client;
    }

    @ParameterizedTest
    @EnumSource(value = FakeThreeXuiPanel.Version.class, names = {"V2_8", "V3_1"})
    void importClients_adoptsWebUiClientsKeepingCredentialTermAndTrafficAndTouchesNothingElse(
            FakeThreeXuiPanel.Version version) {
        try (FakeThreeXuiPanel panel = new FakeThreeXuiPanel(version, "vless");
             PanelGateway gateway = new ThreeXuiPanelGateway(ThreeXuiGatewayContractBase.connection(panel, false, "1"))) {
            panel.seed(1, client("dave", DAVE_UUID, 4242, DataSize.ofGibibytes(30).bytes(), DAVE_EXPIRY.toEpochMilli(),
                    true, 2, ""));
            panel.seed(1, client("tg88-0123abcd", "2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8d", 0, 0, 0, true, 0,
                    "vip customer"));
            panel.seed(1, client("erin", ERIN_UUID, 0, 0, -Duration.ofDays(30).toMillis(), true, 0, ""));
            panel.seed(1, client("Frank", "3c4d5e6f-7081-4b2c-9d3e-4f5a6b7c8d9e", 0, 0, 0, true, 0, ""));
            panel.seed(1, client("gina", "4d5e6f70-8192-4c3d-8e4f-5a6b7c8d9eaf", 0, 0, 0, false, 0, ""));
            panel.seed(2, client("other-inbound", "5e6f7081-92a3-4d4e-9f5a-6b7c8d9eafb0", 0, 0, 0, true, 0, ""));
            panel.addTraffic("dave", 100, 900);
            ObjectNode frankBefore = panel.client("Frank");
            ObjectNode ginaBefore = panel.client("gina");
            ObjectNode otherBefore = panel.client("other-inbound");
            ObjectNode daveBefore = panel.client("dave");
            ObjectNode tg88Before = panel.client("tg88-0123abcd");
            ServerSettings server = new ServerSettings(new ServerId("x-1"), "3x-ui", "3x-UI", Protocol.VLESS,
                    ThreeXuiGatewayContractBase.connection(panel, false, "1"),
                    new PublicEndpoint("vpn.example.com", 443, Map.of()));
            Imports imports = new Imports(new FixedServers().add(server, gateway));
            assertThat(gateway.capabilities()).contains(PanelCapability.READS_CLIENTS, PanelCapability.MARKS_OWNERSHIP);

            Imported dryRun = imports.run(server.id(), true);

            assertThat(dryRun.lines()).extracting(Line::email, Line::outcome).containsExactlyInAnyOrder(
                    tuple("dave", Outcome.WOULD_ADOPT), tuple("tg88-0123abcd", Outcome.WOULD_ADOPT),
                    tuple("erin", Outcome.WOULD_STORE_UNCLAIMED), tuple("Frank", Outcome.SKIPPED),
                    tuple("gina", Outcome.SKIPPED));
            assertThat(imports.subscriptions.findByOwner(new TelegramUserId(4242))).isEmpty();
            assertThat(panel.client("dave").toString()).isEqualTo(daveBefore.toString());

            Imported imported = imports.run(server.id(), false);

            assertThat(imported.lines()).extracting(Line::email, Line::outcome).containsExactlyInAnyOrder(
                    tuple("dave", Outcome.ADOPTED), tuple("tg88-0123abcd", Outcome.ADOPTED),
                    tuple("erin", Outcome.UNCLAIMED), tuple("Frank", Outcome.SKIPPED), tuple("gina", Outcome.SKIPPED));
            Subscription dave = imports.subscriptions.findByOwner(new TelegramUserId(4242)).get(0);
            assertThat(dave.credential().secret()).isEqualTo(DAVE_UUID);
            assertThat(dave.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(dave.expiresAt()).contains(DAVE_EXPIRY);
            assertThat(dave.quota()).isEqualTo(DataSize.ofGibibytes(30));
            assertThat(dave.trafficUsed()).isEqualTo(DataSize.ofBytes(1_000));
            assertThat(dave.deviceLimit()).isEqualTo(2);
            assertThat(imports.customers.findById(new TelegramUserId(4242))).isPresent();
            Subscription tg88 = imports.subscriptions.findByOwner(new TelegramUserId(88)).get(0);
            assertThat(Adoption.neverExpires(tg88)).isTrue();
            // The mark goes only into an empty comment; every other field stays as the admin left it.
            ObjectNode daveAfter = panel.client("dave");
            assertThat(daveAfter.path("comment").asText()).isEqualTo(OwnershipMark.TEXT);
            daveAfter.put("comment", "");
            assertThat(daveAfter.toString()).isEqualTo(daveBefore.toString());
            assertThat(panel.client("tg88-0123abcd").toString()).isEqualTo(tg88Before.toString());
            assertThat(panel.client("Frank").toString()).isEqualTo(frankBefore.toString());
            assertThat(panel.client("gina").toString()).isEqualTo(ginaBefore.toString());
            assertThat(panel.client("other-inbound").toString()).isEqualTo(otherBefore.toString());
            assertThat(imports.audit.all()).extracting(entry -> entry.action()).containsExactly(AuditAction.CLIENTS_IMPORTED);

            Imported again = imports.run(server.id(), false);

            assertThat(again.lines()).extracting(Line::email).containsExactlyInAnyOrder("Frank", "gina");
            assertThat(again.alreadyTheShops()).isEqualTo(3);
            assertThat(imports.audit.all()).hasSize(1);

            String code = imported.lines().stream().filter(line -> line.email().equals("erin")).findFirst()
                    .orElseThrow().claimCode().orElseThrow();
            var claimed = imports.claims.claim(new ClaimSubscriptionUseCase.Command(new TelegramUserId(555),
                    code.toLowerCase()));

            assertThat(claimed).isInstanceOf(ClaimSubscriptionUseCase.Claimed.class);
            Subscription erin = imports.subscriptions.findByOwner(new TelegramUserId(555)).get(0);
            assertThat(erin.credential().secret()).isEqualTo(ERIN_UUID);
            assertThat(erin.awaitingFirstUse()).isTrue();
            assertThat(erin.term()).isEqualTo(Duration.ofDays(30));
            Imported afterClaim = imports.run(server.id(), false);
            assertThat(afterClaim.alreadyTheShops()).isEqualTo(3);
            assertThat(afterClaim.lines()).extracting(Line::email).containsExactlyInAnyOrder("Frank", "gina");
        }
    }
}
