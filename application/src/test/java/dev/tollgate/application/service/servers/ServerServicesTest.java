package dev.tollgate.application.service.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemoryPanelGatewayFactory;
import dev.tollgate.application.fakes.InMemoryPanelStatuses;
import dev.tollgate.application.fakes.InMemorySealedSecrets;
import dev.tollgate.application.fakes.InMemoryServerRepository;
import dev.tollgate.application.fakes.InMemoryStaffRepository;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.in.ListServersUseCase;
import dev.tollgate.application.port.in.ProbeServerUseCase;
import dev.tollgate.application.port.in.RemoveServerUseCase;
import dev.tollgate.application.port.in.SaveServerUseCase;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.service.staff.StaffDirectory;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.StaffMember;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Servers in the back office: listed with health, tested before they are saved, removed only when empty; audited. */
class ServerServicesTest {

    private static final TelegramUserId OWNER = new TelegramUserId(1);
    private static final TelegramUserId ADMIN = new TelegramUserId(2);
    private static final TelegramUserId SUPPORT = new TelegramUserId(3);
    private static final TelegramUserId STRANGER = new TelegramUserId(666);
    private static final String PANEL = "https://panel.example.com:2053/Xq7base/";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final InMemoryStaffRepository staffStore = new InMemoryStaffRepository();
    private final StaffDirectory staff = new StaffDirectory(Set.of(OWNER), staffStore);
    private final FixedServers configured = new FixedServers().add(FixedServers.vlessServer("de-1"), new InMemoryPanelGateway());
    private final InMemoryServerRepository stored = new InMemoryServerRepository();
    private final InMemoryPanelStatuses statuses = new InMemoryPanelStatuses();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryPanelGatewayFactory panels = new InMemoryPanelGatewayFactory();
    private final InMemorySealedSecrets seals = new InMemorySealedSecrets();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final ListServersService list = new ListServersService(staff, configured, stored, statuses, subscriptions);
    private final ProbeServerService probe = new ProbeServerService(staff, List.of(panels), seals);
    private final SaveServerService save = new SaveServerService(staff, configured, stored, List.of(panels), seals,
            configured, audit, transactions, subscriptions, statuses, clock);
    private final RemoveServerService remove = new RemoveServerService(staff, configured, stored, subscriptions,
            configured, audit, transactions, clock);

    ServerServicesTest() {
        staffStore.save(new StaffMember(ADMIN, StaffRole.ADMIN, OWNER, clock.instant()));
        staffStore.save(new StaffMember(SUPPORT, StaffRole.SUPPORT, OWNER, clock.instant()));
    }

    private String sealedLogin(TelegramUserId admin) {
        return ((ProbeServerUseCase.Reached) probe.probe(new ProbeServerUseCase.Command(admin, "3x-ui", PANEL,
                InMemoryPanelGatewayFactory.USER, new Secret(InMemoryPanelGatewayFactory.PASSWORD), null)))
                .sealedCredentials();
    }

    private SaveServerUseCase.Result add(TelegramUserId admin, String id, String sealed) {
        return save.save(SaveServerUseCase.Command.create(admin, new ServerId(id), "Frankfurt 2", "3x-ui", Protocol.VLESS,
                PANEL, "1", InMemoryPanelGatewayFactory.USER, sealed, "de2.example.com", 443));
    }

    @Test
    void probe_ofAPanelWithTheRightLogin_listsItsInboundsAndSealsTheLoginWithoutStoringAnything() {
        ProbeServerUseCase.Result result = probe.probe(new ProbeServerUseCase.Command(ADMIN, "3x-ui", PANEL,
                InMemoryPanelGatewayFactory.USER, new Secret(InMemoryPanelGatewayFactory.PASSWORD), null));

        assertThat(result).isInstanceOfSatisfying(ProbeServerUseCase.Reached.class, reached -> {
            assertThat(reached.inbounds()).extracting(i -> i.id()).containsExactly("1", "2", "3");
            assertThat(reached.sealedCredentials()).doesNotContain(InMemoryPanelGatewayFactory.PASSWORD);
        });
        assertThat(stored.findAll()).isEmpty();
        assertThat(audit.all()).isEmpty();
        assertThat(panels.closed()).isEqualTo(panels.opened());
    }

    @Test
    void probe_withAWrongPassword_failsWithThePanelsWordsAndSealsNothing() {
        ProbeServerUseCase.Result result = probe.probe(new ProbeServerUseCase.Command(ADMIN, "3x-ui", PANEL, "admin",
                new Secret("wrong"), null));

        assertThat(result).isEqualTo(new ProbeServerUseCase.Failed(ProbeServerUseCase.Reason.WRONG_CREDENTIALS,
                "3x-ui refused the login of admin: Invalid username or password or two-factor code."));
        assertThat(panels.closed()).isEqualTo(panels.opened());
    }

    @Test
    void probe_ofAnUnreachableCoreOrAMalformedAddress_saysWhy() {
        panels.goDown();

        assertThat(probe.probe(new ProbeServerUseCase.Command(ADMIN, "xray", "127.0.0.1:10085", "", null, null)))
                .isInstanceOfSatisfying(ProbeServerUseCase.Failed.class,
                        failed -> assertThat(failed.reason()).isEqualTo(ProbeServerUseCase.Reason.UNREACHABLE));
        assertThat(probe.probe(new ProbeServerUseCase.Command(ADMIN, "xray", "not an address", "", null, null)))
                .isInstanceOfSatisfying(ProbeServerUseCase.Failed.class,
                        failed -> assertThat(failed.reason()).isEqualTo(ProbeServerUseCase.Reason.INVALID_ADDRESS));
        assertThat(probe.probe(new ProbeServerUseCase.Command(ADMIN, "3x-ui", PANEL, "", null, null)))
                .isInstanceOfSatisfying(ProbeServerUseCase.Failed.class,
                        failed -> assertThat(failed.reason()).isEqualTo(ProbeServerUseCase.Reason.MISSING_CREDENTIALS));
    }

    @Test
    void save_afterASuccessfulProbe_storesTheServerWithItsLoginAndAuditsItWithoutSecrets() {
        assertThat(add(ADMIN, "de-2", sealedLogin(ADMIN))).isInstanceOf(SaveServerUseCase.Saved.class);

        ServerSettings server = stored.findById(new ServerId("de-2")).orElseThrow();
        assertThat(server.connection().password().value()).isEqualTo(InMemoryPanelGatewayFactory.PASSWORD);
        assertThat(server.connection().address()).isEqualTo(PANEL);
        assertThat(audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SERVER_ADDED);
            assertThat(entry.actor()).isEqualTo(ADMIN);
            assertThat(entry.after()).contains("3x-ui at https://panel.example.com:2053/***/", "inbound 1",
                    "public de2.example.com:443").doesNotContain(InMemoryPanelGatewayFactory.PASSWORD, "Xq7base");
        });
    }

    @Test
    void save_twice_storesOnceAndRefusesTheSecond() {
        String sealed = sealedLogin(ADMIN);
        add(ADMIN, "de-2", sealed);

        assertThat(add(ADMIN, "de-2", sealed)).isInstanceOfSatisfying(SaveServerUseCase.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(SaveServerUseCase.Reason.ALREADY_EXISTS));
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void save_whenThePanelWentDownSinceTheProbe_storesNothing() {
        String sealed = sealedLogin(ADMIN);
        panels.goDown();

        assertThat(add(ADMIN, "de-2", sealed)).isInstanceOfSatisfying(SaveServerUseCase.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(SaveServerUseCase.Reason.UNREACHABLE));
        assertThat(stored.findAll()).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void save_withAnInboundOfAnotherProtocolOrNoneAtAll_isRefused() {
        String sealed = sealedLogin(ADMIN);
        SaveServerUseCase.Result trojan = save.save(SaveServerUseCase.Command.create(ADMIN, new ServerId("de-2"), "x",
                "3x-ui", Protocol.VLESS, PANEL, "2", "admin", sealed, "de2.example.com", 443));
        SaveServerUseCase.Result missing = save.save(SaveServerUseCase.Command.create(ADMIN, new ServerId("de-2"), "x",
                "3x-ui", Protocol.VLESS, PANEL, "9", "admin", sealed, "de2.example.com", 443));

        assertThat(List.of(trojan, missing)).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(SaveServerUseCase.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SaveServerUseCase.Reason.NO_SUCH_INBOUND)));
        assertThat(stored.findAll()).isEmpty();
    }

    @Test
    void save_withALoginSealedForAnotherAdmin_isRefusedAsExpired() {
        staffStore.save(new StaffMember(new TelegramUserId(4), StaffRole.ADMIN, OWNER, clock.instant()));

        assertThat(add(new TelegramUserId(4), "de-2", sealedLogin(ADMIN)))
                .isInstanceOfSatisfying(SaveServerUseCase.Refused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(SaveServerUseCase.Reason.CREDENTIALS_EXPIRED));
        assertThat(stored.findAll()).isEmpty();
    }

    @Test
    void everyAction_bySupportOrAStranger_isRefusedWithNothingChangedAndNothingAudited() {
        String sealed = sealedLogin(ADMIN);
        add(ADMIN, "de-2", sealed);
        int lines = audit.all().size();

        for (TelegramUserId who : List.of(SUPPORT, STRANGER)) {
            assertThat(list.list(new ListServersUseCase.Command(who))).isEqualTo(new ListServersUseCase.Refused());
            assertThat(probe.probe(new ProbeServerUseCase.Command(who, "3x-ui", PANEL, "admin", new Secret("x"), null)))
                    .isEqualTo(new ProbeServerUseCase.Failed(ProbeServerUseCase.Reason.NOT_AN_ADMIN, ""));
            assertThat(add(who, "de-3", sealed)).isEqualTo(new SaveServerUseCase.Refused(
                    SaveServerUseCase.Reason.NOT_AN_ADMIN, ""));
            assertThat(save.save(SaveServerUseCase.Command.edit(who, new ServerId("de-2")).withName("mine")))
                    .isEqualTo(new SaveServerUseCase.Refused(SaveServerUseCase.Reason.NOT_AN_ADMIN, ""));
            assertThat(remove.remove(new RemoveServerUseCase.Command(who, new ServerId("de-2"))))
                    .isEqualTo(new RemoveServerUseCase.Refused(RemoveServerUseCase.Reason.NOT_AN_ADMIN, 0));
        }
        assertThat(stored.findAll()).extracting(ServerSettings::displayName).containsExactly("Frankfurt 2");
        assertThat(audit.all()).hasSize(lines);
    }

    @Test
    void list_showsConfiguredServersReadOnlyFirstThenStoredOnesWithTheirRecordedHealthAndLiveCount() {
        add(ADMIN, "de-2", sealedLogin(ADMIN));
        statuses.record(PanelStatus.of(new ServerId("de-2"), PanelHealth.up("3x-UI v3", false), Duration.ofMillis(42),
                clock.instant()));
        live("de-2");

        ListServersUseCase.Servers servers = (ListServersUseCase.Servers) list.list(new ListServersUseCase.Command(ADMIN));

        assertThat(servers.servers()).extracting(e -> e.id().value(), ListServersUseCase.Entry::configured,
                        ListServersUseCase.Entry::live)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("de-1", true, 0),
                        org.assertj.core.groups.Tuple.tuple("de-2", false, 1));
        ListServersUseCase.Entry added = servers.find(new ServerId("de-2")).orElseThrow();
        assertThat(added.health()).hasValueSatisfying(s -> assertThat(s.latency()).isEqualTo(Duration.ofMillis(42)));
        assertThat(added.address()).isEqualTo("https://panel.example.com:2053/***/");
        assertThat(added.hasPassword()).isTrue();
    }

    @Test
    void edit_ofAConfiguredServer_isRefused_andOfAStoredOne_isTestedThenAuditedBeforeAndAfter() {
        assertThat(save.save(SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-1")).withName("x")))
                .isEqualTo(new SaveServerUseCase.Refused(SaveServerUseCase.Reason.CONFIGURED, "de-1"));
        add(ADMIN, "de-2", sealedLogin(ADMIN));

        assertThat(save.save(SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2"))
                .withCredentials("admin", new Secret("wrong"), null))).isInstanceOfSatisfying(
                SaveServerUseCase.Refused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(SaveServerUseCase.Reason.WRONG_CREDENTIALS));
        assertThat(save.save(SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2")).withPublic("de2b.example.com", 8443)
                .withLinkParameters(Map.of("security", "reality", "sni", "www.example.com"))))
                .isInstanceOf(SaveServerUseCase.Saved.class);

        ServerSettings server = stored.findById(new ServerId("de-2")).orElseThrow();
        assertThat(server.endpoint().host()).isEqualTo("de2b.example.com");
        assertThat(server.connection().password().value()).isEqualTo(InMemoryPanelGatewayFactory.PASSWORD);
        assertThat(audit.all()).extracting(e -> e.action()).containsExactly(AuditAction.SERVER_ADDED, AuditAction.SERVER_EDITED);
        assertThat(audit.all().get(1).before()).contains("public de2.example.com:443");
        assertThat(audit.all().get(1).after()).contains("public de2b.example.com:8443", "security=reality");
    }

    @Test
    void closingSalesAndCapacity_needNoConnectionTest_soTheyWorkWhileThePanelIsDown_andAreAudited() {
        add(ADMIN, "de-2", sealedLogin(ADMIN));
        panels.goDown();

        assertThat(save.save(SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2")).withSalesOpen(false)
                .withMaxClients(200))).isInstanceOfSatisfying(SaveServerUseCase.Saved.class,
                saved -> assertThat(saved.tested()).isFalse());
        assertThat(save.save(SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2")).withSalesOpen(false)))
                .isInstanceOf(SaveServerUseCase.Saved.class);
        assertThat(save.save(SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2")).withMaxClients(-1)))
                .isInstanceOfSatisfying(SaveServerUseCase.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SaveServerUseCase.Reason.INVALID));

        ServerSettings server = stored.findById(new ServerId("de-2")).orElseThrow();
        assertThat(server.salesOpen()).isFalse();
        assertThat(server.maxClients()).isEqualTo(200);
        assertThat(audit.all()).hasSize(2);
        assertThat(audit.all().get(1).after()).contains("capacity 200", "closed for new sales");
        ListServersUseCase.Entry entry = ((ListServersUseCase.Servers) list.list(new ListServersUseCase.Command(ADMIN)))
                .find(new ServerId("de-2")).orElseThrow();
        assertThat(entry.salesOpen()).isFalse();
        assertThat(entry.maxClients()).isEqualTo(200);
    }

    @Test
    void remove_whileALiveSubscriptionIsOnIt_isRefused_andWhenEmpty_removesOnceWithAnAuditLine() {
        add(ADMIN, "de-2", sealedLogin(ADMIN));
        Subscription subscription = live("de-2");

        assertThat(remove.remove(new RemoveServerUseCase.Command(ADMIN, new ServerId("de-2"))))
                .isEqualTo(new RemoveServerUseCase.Refused(RemoveServerUseCase.Reason.IN_USE, 1));
        assertThat(remove.remove(new RemoveServerUseCase.Command(ADMIN, new ServerId("de-1"))))
                .isEqualTo(new RemoveServerUseCase.Refused(RemoveServerUseCase.Reason.CONFIGURED, 0));
        subscription.revoke();
        subscriptions.update(subscription);

        assertThat(remove.remove(new RemoveServerUseCase.Command(ADMIN, new ServerId("de-2"))))
                .isEqualTo(new RemoveServerUseCase.Removed());
        assertThat(remove.remove(new RemoveServerUseCase.Command(ADMIN, new ServerId("de-2"))))
                .isEqualTo(new RemoveServerUseCase.Refused(RemoveServerUseCase.Reason.UNKNOWN_SERVER, 0));
        assertThat(stored.findAll()).isEmpty();
        assertThat(audit.all()).extracting(e -> e.action()).containsExactly(AuditAction.SERVER_ADDED, AuditAction.SERVER_REMOVED);
    }

    @Test
    void remove_ofAServerAnAllLocationsSubscriptionIsAlsoPlacedOn_isRefused() {
        add(ADMIN, "de-2", sealedLogin(ADMIN));
        Subscription everywhere = live("de-1");
        subscriptions.placeAlsoOn(everywhere.id(), List.of(new ServerId("de-2")));

        assertThat(remove.remove(new RemoveServerUseCase.Command(ADMIN, new ServerId("de-2"))))
                .isEqualTo(new RemoveServerUseCase.Refused(RemoveServerUseCase.Reason.IN_USE, 1));
        assertThat(stored.findById(new ServerId("de-2"))).isPresent();
    }

    @Test
    void editConnection_toAnAddressThatDoesNotAnswer_changesNothing_oneThatAnswers_isSaved_andTheSameAgainIsUnchanged() {
        add(ADMIN, "de-2", sealedLogin(ADMIN));
        ServerSettings before = stored.findById(new ServerId("de-2")).orElseThrow();
        int openedBefore = panels.opened();
        panels.unreachable.add("dead.example.com");
        SaveServerUseCase.Command dead = SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2"))
                .withAddress("https://dead.example.com:2053/NewBase/")
                .withCredentials(InMemoryPanelGatewayFactory.USER, new Secret(InMemoryPanelGatewayFactory.PASSWORD), null);
        SaveServerUseCase.Command moved = SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2"))
                .withAddress("https://panel2.example.com:2053/NewBase/")
                .withCredentials("", null, new Secret(InMemoryPanelGatewayFactory.TOKEN));

        assertThat(save.save(SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2"))
                .withAddress("https://elsewhere.example.com:2053/base/"))).as("the stored login goes to no new address")
                .isInstanceOfSatisfying(SaveServerUseCase.Refused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(SaveServerUseCase.Reason.INVALID);
                    assertThat(refused.detail()).contains("login typed with it");
                });
        assertThat(panels.opened()).as("nothing was called").isEqualTo(openedBefore);
        assertThat(save.save(dead)).isInstanceOfSatisfying(SaveServerUseCase.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(SaveServerUseCase.Reason.UNREACHABLE));
        assertThat(stored.findById(new ServerId("de-2"))).contains(before);
        assertThat(audit.all()).hasSize(1);

        assertThat(save.save(moved)).isInstanceOfSatisfying(SaveServerUseCase.Saved.class, saved -> {
            assertThat(saved.tested()).isTrue();
            assertThat(saved.changed()).isTrue();
        });
        ServerSettings after = stored.findById(new ServerId("de-2")).orElseThrow();
        assertThat(after.connection().address()).isEqualTo("https://panel2.example.com:2053/NewBase/");
        assertThat(after.connection().apiToken().value()).isEqualTo(InMemoryPanelGatewayFactory.TOKEN);
        assertThat(after.connection().password().isEmpty()).isTrue();
        assertThat(audit.all()).hasSize(2);
        assertThat(audit.all().get(1).after()).contains("https://panel2.example.com:2053/***/", "credentials: API token")
                .doesNotContain("NewBase", InMemoryPanelGatewayFactory.TOKEN);

        assertThat(save.save(moved)).isInstanceOfSatisfying(SaveServerUseCase.Saved.class, saved -> {
            assertThat(saved.tested()).isTrue();
            assertThat(saved.changed()).isFalse();
        });
        assertThat(audit.all()).hasSize(2);
        assertThat(statuses.find(new ServerId("de-2"))).as("a panel needs no re-apply: drift repair fills it").isEmpty();
    }

    @Test
    void aKindChange_isRefusedWhileALiveSubscriptionIsOnTheServer_andTestedLikeAnyConnectionOnceItIsEmpty() {
        add(ADMIN, "de-2", sealedLogin(ADMIN));
        Subscription subscription = live("de-2");
        SaveServerUseCase.Command toCore = SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2")).withKind("xray")
                .withAddress("10.0.0.5:10085").withInbound("vless-in", null);

        assertThat(save.save(toCore)).isEqualTo(new SaveServerUseCase.Refused(SaveServerUseCase.Reason.KIND_IN_USE, "1"));
        assertThat(stored.findById(new ServerId("de-2")).orElseThrow().kind()).isEqualTo("3x-ui");
        subscription.revoke();
        subscriptions.update(subscription);

        assertThat(save.save(toCore)).isInstanceOf(SaveServerUseCase.Saved.class);
        ServerSettings core = stored.findById(new ServerId("de-2")).orElseThrow();
        assertThat(core.kind()).isEqualTo("xray");
        assertThat(core.connection().password().isEmpty()).as("a core keeps no panel login").isTrue();
        assertThat(core.endpoint().panelParameters()).as("a core's inbound gives nothing").isEmpty();
        assertThat(audit.all()).extracting(e -> e.action()).containsExactly(AuditAction.SERVER_ADDED, AuditAction.SERVER_EDITED);
    }

    @Test
    void aCoreMovedToANewAddress_hasItsClientsReappliedAtTheNextReconciliation() {
        assertThat(save.save(SaveServerUseCase.Command.create(ADMIN, new ServerId("x-1"), "Core 1", "xray", Protocol.VLESS,
                "10.0.0.5:10085", "vless-in", "", "", "x1.example.com", 443))).isInstanceOf(SaveServerUseCase.Saved.class);
        assertThat(statuses.find(new ServerId("x-1"))).isEmpty();

        assertThat(save.save(SaveServerUseCase.Command.edit(ADMIN, new ServerId("x-1")).withAddress("10.0.0.6:10085")))
                .isInstanceOf(SaveServerUseCase.Saved.class);

        assertThat(statuses.find(new ServerId("x-1"))).hasValueSatisfying(status -> {
            assertThat(status.reachable()).isTrue();
            assertThat(status.restartPending()).isTrue();
        });
        assertThat(statuses.takeRestart(new ServerId("x-1"))).isTrue();
    }

    @Test
    void aRealityInbounds_linkParameters_areReadFromThePanelWhenTested_andATypedValueStillWinsAfterTheNextTest() {
        add(ADMIN, "de-2", sealedLogin(ADMIN));
        assertThat(stored.findById(new ServerId("de-2")).orElseThrow().endpoint().linkParameters())
                .containsEntry("security", "reality").containsEntry("pbk", InMemoryPanelGatewayFactory.REALITY_PUBLIC_KEY)
                .containsEntry("sni", "www.apple.com");
        save.save(SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2"))
                .withLinkParameters(Map.of("sni", "www.icloud.com")));
        // The owner regenerated the inbound's keys in the panel; the next test of the connection reads them again.
        panels.inbounds.set(0, new dev.tollgate.application.port.out.PanelInbound("1", "VLESS reality", "vless", 443, true,
                Map.of("security", "reality", "type", "tcp", "sni", "www.apple.com", "pbk", "NewPublicKey", "sid", "ab")));

        assertThat(save.save(SaveServerUseCase.Command.edit(ADMIN, new ServerId("de-2"))
                .withCredentials(InMemoryPanelGatewayFactory.USER, new Secret(InMemoryPanelGatewayFactory.PASSWORD), null)))
                .isInstanceOfSatisfying(SaveServerUseCase.Saved.class, saved -> assertThat(saved.changed()).isTrue());

        ServerSettings server = stored.findById(new ServerId("de-2")).orElseThrow();
        assertThat(server.endpoint().linkParameters()).containsEntry("pbk", "NewPublicKey").containsEntry("sid", "ab")
                .containsEntry("sni", "www.icloud.com").doesNotContainKey("fp");
        ListServersUseCase.Entry entry = ((ListServersUseCase.Servers) list.list(new ListServersUseCase.Command(ADMIN)))
                .find(new ServerId("de-2")).orElseThrow();
        assertThat(entry.fromPanel()).containsExactlyInAnyOrder("security", "type", "pbk", "sid");
        assertThat(audit.all().get(audit.all().size() - 1).after()).contains("read from the panel: pbk, security, sid, sni, type");
    }

    private Subscription live(String server) {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        subscriptions.insert(Subscription.createPending(id, new TelegramUserId(31), SubscriptionKind.PAID,
                new ServerId(server), new ClientCredential("tg31-" + id.value().toString().substring(0, 8),
                        UUID.randomUUID().toString()), Duration.ofDays(30), DataSize.ofGibibytes(50), clock.instant()));
        return subscriptions.findById(id).orElseThrow();
    }
}
