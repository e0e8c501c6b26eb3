package dev.tollgate.application.service.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemoryStaffRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.in.BrowseAuditLogUseCase;
import dev.tollgate.application.port.in.ListStaffUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.OpenBackOfficeUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Roles from the configuration and the store, checked by the use cases themselves; every change audited once. */
class StaffServicesTest {

    private static final TelegramUserId OWNER = new TelegramUserId(1);
    private static final TelegramUserId ANN = new TelegramUserId(501);
    private static final TelegramUserId SAM = new TelegramUserId(502);
    private static final TelegramUserId EVE = new TelegramUserId(666);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final InMemoryStaffRepository staff = new InMemoryStaffRepository();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final StaffDirectory directory = new StaffDirectory(Set.of(OWNER), staff);
    private final ManageStaffService manage = new ManageStaffService(directory, staff, audit, transactions, clock);
    private final ListStaffService list = new ListStaffService(directory, staff);
    private final BrowseAuditLogService browse = new BrowseAuditLogService(directory, audit);
    private final OpenBackOfficeService open = new OpenBackOfficeService(directory);
    private final AuditedUseCases audited = new AuditedUseCases(audit, transactions, clock);

    @Test
    void change_byTheOwner_givesChangesAndTakesRolesWithAnAuditLineEach() {
        assertThat(manage.change(ManageStaffUseCase.Command.give(OWNER, ANN, StaffRole.SUPPORT)))
                .isEqualTo(new ManageStaffUseCase.Changed(Optional.empty(), Optional.of(StaffRole.SUPPORT)));
        assertThat(directory.isAdmin(ANN)).isFalse();
        clock.advance(java.time.Duration.ofMinutes(1));
        manage.change(ManageStaffUseCase.Command.give(OWNER, ANN, StaffRole.ADMIN));
        assertThat(directory.isAdmin(ANN)).isTrue();
        assertThat(directory.admins()).containsExactlyInAnyOrder(OWNER, ANN);
        assertThat(directory.owners()).containsExactly(OWNER);
        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(manage.change(ManageStaffUseCase.Command.remove(OWNER, ANN)))
                .isEqualTo(new ManageStaffUseCase.Changed(Optional.of(StaffRole.ADMIN), Optional.empty()));

        assertThat(directory.roleOf(ANN)).isEmpty();
        assertThat(audit.page(0, 10)).containsExactly(
                new AuditEntry(clock.instant(), OWNER, AuditAction.STAFF_REMOVED, "user 501", "ADMIN", ""),
                new AuditEntry(clock.instant().minusSeconds(60), OWNER, AuditAction.STAFF_ROLE_SET, "user 501", "SUPPORT",
                        "ADMIN"),
                new AuditEntry(clock.instant().minusSeconds(120), OWNER, AuditAction.STAFF_ROLE_SET, "user 501", "",
                        "SUPPORT"));
    }

    @Test
    void change_byAnAdminSupportOrStranger_isRefusedAndChangesNothingNorTheAudit() {
        manage.change(ManageStaffUseCase.Command.give(OWNER, ANN, StaffRole.ADMIN));
        manage.change(ManageStaffUseCase.Command.give(OWNER, SAM, StaffRole.SUPPORT));
        int lines = audit.count();

        for (TelegramUserId forger : new TelegramUserId[] {ANN, SAM, EVE}) {
            assertThat(manage.change(ManageStaffUseCase.Command.give(forger, EVE, StaffRole.ADMIN)))
                    .isEqualTo(new ManageStaffUseCase.Refused(ManageStaffUseCase.Reason.NOT_AN_OWNER));
            assertThat(manage.change(ManageStaffUseCase.Command.remove(forger, ANN)))
                    .isEqualTo(new ManageStaffUseCase.Refused(ManageStaffUseCase.Reason.NOT_AN_OWNER));
            assertThat(list.list(new ListStaffUseCase.Command(forger, 0, 10)))
                    .isEqualTo(new ListStaffUseCase.Refused(ListStaffUseCase.Reason.NOT_AN_OWNER));
            assertThat(browse.browse(new BrowseAuditLogUseCase.Command(forger, 0, 10)))
                    .isEqualTo(new BrowseAuditLogUseCase.Refused(BrowseAuditLogUseCase.Reason.NOT_AN_OWNER));
        }

        assertThat(directory.roleOf(EVE)).isEmpty();
        assertThat(directory.roleOf(ANN)).contains(StaffRole.ADMIN);
        assertThat(audit.count()).isEqualTo(lines);
    }

    @Test
    void change_ofAnOwnerOrToOwnerOrToTheSameRole_isRefusedWithoutAnAuditLine() {
        manage.change(ManageStaffUseCase.Command.give(OWNER, ANN, StaffRole.ADMIN));

        assertThat(manage.change(ManageStaffUseCase.Command.remove(OWNER, OWNER)))
                .isEqualTo(new ManageStaffUseCase.Refused(ManageStaffUseCase.Reason.OWNER_IS_CONFIGURED));
        assertThat(manage.change(ManageStaffUseCase.Command.give(OWNER, ANN, StaffRole.OWNER)))
                .isEqualTo(new ManageStaffUseCase.Refused(ManageStaffUseCase.Reason.OWNER_IS_CONFIGURED));
        assertThat(manage.change(ManageStaffUseCase.Command.give(OWNER, ANN, StaffRole.ADMIN)))
                .isEqualTo(new ManageStaffUseCase.Refused(ManageStaffUseCase.Reason.UNCHANGED));
        assertThat(manage.change(ManageStaffUseCase.Command.remove(OWNER, SAM)))
                .isEqualTo(new ManageStaffUseCase.Refused(ManageStaffUseCase.Reason.UNCHANGED));
        assertThat(audit.count()).isEqualTo(1);
    }

    @Test
    void list_byTheOwner_pagesOwnersFirstThenStoredStaffById() {
        StaffDirectory twoOwners = new StaffDirectory(Set.of(OWNER, new TelegramUserId(2)), staff);
        ManageStaffService manager = new ManageStaffService(twoOwners, staff, audit, transactions, clock);
        for (long id = 610; id > 600; id--) {
            manager.change(ManageStaffUseCase.Command.give(OWNER, new TelegramUserId(id), StaffRole.SUPPORT));
        }
        ListStaffService lister = new ListStaffService(twoOwners, staff);

        ListStaffUseCase.Staff first = (ListStaffUseCase.Staff) lister.list(new ListStaffUseCase.Command(OWNER, 0, 5));
        ListStaffUseCase.Staff third = (ListStaffUseCase.Staff) lister.list(new ListStaffUseCase.Command(OWNER, 10, 5));

        assertThat(first.total()).isEqualTo(12);
        assertThat(first.members()).containsExactly(new ListStaffUseCase.Member(OWNER, StaffRole.OWNER),
                new ListStaffUseCase.Member(new TelegramUserId(2), StaffRole.OWNER),
                new ListStaffUseCase.Member(new TelegramUserId(601), StaffRole.SUPPORT),
                new ListStaffUseCase.Member(new TelegramUserId(602), StaffRole.SUPPORT),
                new ListStaffUseCase.Member(new TelegramUserId(603), StaffRole.SUPPORT));
        assertThat(third.members()).extracting(m -> m.user().value()).containsExactly(609L, 610L);
    }

    @Test
    void open_tellsStaffTheirRoleAndRefusesEveryoneElse() {
        manage.change(ManageStaffUseCase.Command.give(OWNER, SAM, StaffRole.SUPPORT));

        assertThat(open.open(new OpenBackOfficeUseCase.Command(OWNER))).isEqualTo(new OpenBackOfficeUseCase.Opened(StaffRole.OWNER));
        assertThat(open.open(new OpenBackOfficeUseCase.Command(SAM))).isEqualTo(new OpenBackOfficeUseCase.Opened(StaffRole.SUPPORT));
        assertThat(open.open(new OpenBackOfficeUseCase.Command(EVE)))
                .isEqualTo(new OpenBackOfficeUseCase.Refused(OpenBackOfficeUseCase.Reason.NOT_STAFF));
    }

    @Test
    void auditedUseCase_writesALineOnlyForAnActionThatChangedSomething() {
        PaymentId payment = new PaymentId(UUID.fromString("00000000-0000-0000-0000-000000000042"));
        ReviewReceiptUseCase review = audited.reviewReceipt(command -> command.admin().equals(OWNER)
                ? new ReviewReceiptUseCase.Rejected()
                : new ReviewReceiptUseCase.Refused(ReviewReceiptUseCase.Reason.NOT_AN_ADMIN));
        RevokeAccessUseCase revoke = audited.revokeAccess(command ->
                new RevokeAccessUseCase.Refused(RevokeAccessUseCase.Reason.ALREADY_REVOKED));

        review.review(new ReviewReceiptUseCase.Command(EVE, payment, ReviewReceiptUseCase.Decision.APPROVE));
        revoke.revoke(new RevokeAccessUseCase.Command(OWNER, new SubscriptionId(UUID.randomUUID())));
        assertThat(audit.count()).isZero();

        review.review(new ReviewReceiptUseCase.Command(OWNER, payment, ReviewReceiptUseCase.Decision.REJECT));
        assertThat(audit.all()).containsExactly(new AuditEntry(clock.instant(), OWNER, AuditAction.RECEIPT_REJECTED,
                "payment " + payment, "AWAITING_REVIEW", "REJECTED"));
    }
}
