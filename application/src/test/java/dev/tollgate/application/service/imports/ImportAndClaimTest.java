package dev.tollgate.application.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.port.in.ClaimSubscriptionUseCase;
import dev.tollgate.application.port.in.ClaimSubscriptionUseCase.Claimed;
import dev.tollgate.application.port.in.ClaimSubscriptionUseCase.Reason;
import dev.tollgate.application.port.in.ClaimSubscriptionUseCase.Refused;
import dev.tollgate.application.port.in.ImportClientsUseCase;
import dev.tollgate.application.port.in.ListUnclaimedUseCase;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.UnclaimedSubscriptions.Unclaimed;
import dev.tollgate.application.testing.Imports;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The import's guards and the claim codes: one-time, plain refusals, attempts limited per user and hour. */
class ImportAndClaimTest {

    private static final ServerId DE = new ServerId("de-1");
    private static final TelegramUserId USER = new TelegramUserId(4100);

    private final InMemoryPanelGateway panel = new InMemoryPanelGateway();
    private final Imports imports = new Imports(new FixedServers().add(FixedServers.vlessServer("de-1"), panel));

    private String storeUnclaimed(String email, String code) {
        imports.unclaimed.insert(new Unclaimed(DE, email, "8f4e2a10-2b3c-4d5e-8f70-112233445566", true,
                DataSize.ofGibibytes(10), DataSize.ofBytes(500), imports.clock.instant().plus(Duration.ofDays(20)), null,
                1, code, imports.clock.instant(), Optional.empty(), Optional.empty()));
        return code;
    }

    @Test
    void importClients_byAnAdminWhoIsNoOwner_isRefusedAndChangesNothing() {
        panel.createClient(new PanelClient("alice", "pw-uuid-1", Protocol.VLESS, DataSize.ZERO, null, null, true,
                new TelegramUserId(5), "alice", 0));

        var result = imports.importer.importClients(new ImportClientsUseCase.Command(Imports.ADMIN, DE, false));

        assertThat(result).isEqualTo(new ImportClientsUseCase.Refused(ImportClientsUseCase.Reason.NOT_ALLOWED,
                "only an owner may import panel clients"));
        assertThat(imports.subscriptions.findByOwner(new TelegramUserId(5))).isEmpty();
        assertThat(imports.audit.all()).isEmpty();
    }

    @Test
    void importClients_onABareCore_isRefusedBecauseCoresCannotList() {
        Imports onCore = new Imports(new FixedServers().add(FixedServers.vlessServer("de-1"), InMemoryPanelGateway.bareCore()));

        var result = onCore.importer.importClients(new ImportClientsUseCase.Command(Imports.OWNER, DE, true));

        assertThat(result).isInstanceOf(ImportClientsUseCase.Refused.class)
                .extracting(r -> ((ImportClientsUseCase.Refused) r).reason()).isEqualTo(ImportClientsUseCase.Reason.CANNOT_LIST);
    }

    @Test
    void importClients_ofAClientWithAnExpiredTerm_adoptsItAsExpiredSoItsUserCanRenew() {
        panel.createClient(new PanelClient("tg61-0a0b0c0d", "uuid-61", Protocol.VLESS, DataSize.ZERO,
                imports.clock.instant().minus(Duration.ofDays(2)), null, false, new TelegramUserId(61), "k", 0));

        imports.run(DE, false);

        assertThat(imports.subscriptions.findByOwner(new TelegramUserId(61))).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(SubscriptionStatus.EXPIRED));
    }

    @Test
    void claim_withTheRightCodeInAnyCase_makesTheSubscriptionTheUsersAndASecondClaimIsRefused() {
        String code = storeUnclaimed("walt", "K7QPM-3XWHD");

        var first = imports.claims.claim(new ClaimSubscriptionUseCase.Command(USER, " k7qpm 3xwhd "));
        var second = imports.claims.claim(new ClaimSubscriptionUseCase.Command(USER, code));
        var other = imports.claims.claim(new ClaimSubscriptionUseCase.Command(new TelegramUserId(4101), code));

        assertThat(first).isInstanceOf(Claimed.class);
        Claimed claimed = (Claimed) first;
        assertThat(claimed.access().quota()).isEqualTo(DataSize.ofGibibytes(10));
        assertThat(claimed.access().used()).isEqualTo(DataSize.ofBytes(500));
        assertThat(claimed.access().deviceLimit()).isEqualTo(1);
        assertThat(imports.subscriptions.findByOwner(USER)).singleElement()
                .satisfies(s -> assertThat(s.credential().email()).isEqualTo("walt"));
        assertThat(imports.customers.findById(USER)).isPresent();
        assertThat(second).isEqualTo(new Refused(Reason.ALREADY_CLAIMED));
        assertThat(other).isEqualTo(new Refused(Reason.ALREADY_CLAIMED));
        assertThat(imports.subscriptions.findByOwner(new TelegramUserId(4101))).isEmpty();
    }

    @Test
    void claim_afterFiveWrongCodesWithinAnHour_isRefusedEvenWithTheRightCodeUntilTheHourHasPassed() {
        String code = storeUnclaimed("yara", "ABCDE-FGHJK");
        for (int i = 0; i < ClaimSubscriptionUseCase.ATTEMPTS_PER_HOUR; i++) {
            assertThat(imports.claims.claim(new ClaimSubscriptionUseCase.Command(USER, "ZZZZZ-ZZZZ" + (i + 2))))
                    .isEqualTo(new Refused(Reason.UNKNOWN_CODE));
        }

        var blocked = imports.claims.claim(new ClaimSubscriptionUseCase.Command(USER, code));
        imports.clock.advance(Duration.ofMinutes(61));
        var later = imports.claims.claim(new ClaimSubscriptionUseCase.Command(USER, code));

        assertThat(blocked).isEqualTo(new Refused(Reason.TOO_MANY_ATTEMPTS));
        assertThat(later).isInstanceOf(Claimed.class);
    }

    @Test
    void claim_withGarbage_isAnUnknownCodeAndChangesNothing() {
        storeUnclaimed("zoe", "MNPQR-STUVW");

        assertThat(imports.claims.claim(new ClaimSubscriptionUseCase.Command(USER, "hello'; drop table")))
                .isEqualTo(new Refused(Reason.UNKNOWN_CODE));
        assertThat(imports.unclaimed.countUnclaimed()).isEqualTo(1);
    }

    @Test
    void listUnclaimed_forAnAdmin_pagesTheOpenOnesAndRefusesOthers() {
        storeUnclaimed("a1", "AAAAA-22222");
        storeUnclaimed("a2", "AAAAA-33333");

        var page = imports.listUnclaimed.list(new ListUnclaimedUseCase.Query(Imports.ADMIN, 0, 1));
        var refused = imports.listUnclaimed.list(new ListUnclaimedUseCase.Query(USER, 0, 1));

        assertThat(page).isInstanceOf(ListUnclaimedUseCase.Page.class);
        assertThat(((ListUnclaimedUseCase.Page) page).items()).hasSize(1);
        assertThat(((ListUnclaimedUseCase.Page) page).total()).isEqualTo(2);
        assertThat(refused).isInstanceOf(ListUnclaimedUseCase.NotAllowed.class);
    }

    @Test
    void claimCodes_fresh_areTenUnambiguousCharactersThatNormalizeToThemselves() {
        String code = ClaimCodes.fresh();

        assertThat(code).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");
        assertThat(ClaimCodes.normalize(code)).contains(code);
        assertThat(ClaimCodes.normalize("O0OOO-11111")).isEmpty();
    }
}
