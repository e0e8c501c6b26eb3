package dev.tollgate.application.service.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemoryCustomerRepository;
import dev.tollgate.application.fakes.InMemoryCustomerSearch;
import dev.tollgate.application.fakes.InMemoryOrderRepository;
import dev.tollgate.application.fakes.InMemoryReferrals;
import dev.tollgate.application.fakes.InMemoryStaffRepository;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.InMemoryWalletLedger;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.in.AdjustWalletUseCase;
import dev.tollgate.application.port.in.FindCustomerUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.ShowCustomerCardUseCase;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lookup and card for support and up; wallet adjustments for admins, once per request, never below zero. */
class CustomerServicesTest {

    private static final TelegramUserId OWNER = new TelegramUserId(1);
    private static final TelegramUserId SAM = new TelegramUserId(502);
    private static final TelegramUserId EVE = new TelegramUserId(666);
    private static final TelegramUserId CAROL = new TelegramUserId(7001);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final InMemoryStaffRepository staff = new InMemoryStaffRepository();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryWalletLedger ledger = new InMemoryWalletLedger();
    private final StaffDirectory directory = new StaffDirectory(Set.of(OWNER), staff);
    private final FindCustomerService find = new FindCustomerService(directory,
            new InMemoryCustomerSearch(customers, orders, subscriptions), customers);
    private final ShowCustomerCardService card = new ShowCustomerCardService(directory, customers, subscriptions, ledger,
            orders, new InMemoryReferrals());
    private final AdjustWalletService adjust = new AdjustWalletService(directory, customers, ledger, audit, transactions,
            clock);

    CustomerServicesTest() {
        customers.insert(Customer.firstContact(CAROL, Language.FA, clock.instant()));
        new ManageStaffService(directory, staff, audit, transactions, clock)
                .change(ManageStaffUseCase.Command.give(OWNER, SAM, StaffRole.SUPPORT));
    }

    @Test
    void find_bySupport_findsByIdAndRefusesStrangersAndTooShortQueries() {
        assertThat(find.find(new FindCustomerUseCase.Command(SAM, " @7001 ")))
                .isInstanceOfSatisfying(FindCustomerUseCase.Found.class,
                        found -> assertThat(found.customers()).containsExactly(CAROL));
        assertThat(find.find(new FindCustomerUseCase.Command(SAM, "ab")))
                .isEqualTo(new FindCustomerUseCase.Refused(FindCustomerUseCase.Reason.QUERY_TOO_SHORT));
        assertThat(find.find(new FindCustomerUseCase.Command(EVE, "7001")))
                .isEqualTo(new FindCustomerUseCase.Refused(FindCustomerUseCase.Reason.NOT_STAFF));
        assertThat(card.show(new ShowCustomerCardUseCase.Command(EVE, CAROL)))
                .isEqualTo(new ShowCustomerCardUseCase.Refused(ShowCustomerCardUseCase.Reason.NOT_STAFF));
        assertThat(card.show(new ShowCustomerCardUseCase.Command(SAM, new TelegramUserId(9))))
                .isEqualTo(new ShowCustomerCardUseCase.Refused(ShowCustomerCardUseCase.Reason.UNKNOWN_CUSTOMER));
        assertThat(card.show(new ShowCustomerCardUseCase.Command(SAM, CAROL)))
                .isInstanceOfSatisfying(ShowCustomerCardUseCase.Card.class, c -> {
                    assertThat(c.customer().language()).isEqualTo(Language.FA);
                    assertThat(c.orderCount()).isZero();
                });
    }

    @Test
    void adjust_byTheOwner_creditsAndDebitsOncePerRequestWithALedgerAndAuditLineEach() {
        Money five = Money.of(500, Currency.USD);
        AdjustWalletUseCase.Command credit = new AdjustWalletUseCase.Command(OWNER, CAROL, five, true, " goodwill ", "r-1");

        assertThat(adjust.adjust(credit)).isEqualTo(new AdjustWalletUseCase.Adjusted(five));
        assertThat(adjust.adjust(credit))
                .isEqualTo(new AdjustWalletUseCase.Refused(AdjustWalletUseCase.Reason.ALREADY_DONE));
        assertThat(adjust.adjust(new AdjustWalletUseCase.Command(OWNER, CAROL, Money.of(200, Currency.USD), false,
                "chargeback", "r-2"))).isEqualTo(new AdjustWalletUseCase.Adjusted(Money.of(300, Currency.USD)));
        assertThat(adjust.adjust(new AdjustWalletUseCase.Command(OWNER, CAROL, Money.of(301, Currency.USD), false,
                "too much", "r-3")))
                .isEqualTo(new AdjustWalletUseCase.Refused(AdjustWalletUseCase.Reason.INSUFFICIENT_BALANCE));

        assertThat(ledger.entries(CAROL)).extracting(e -> e.kind(), e -> e.amount().minorUnits(), e -> e.note())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LedgerEntryKind.ADJUSTMENT, 500L, "goodwill"),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntryKind.ADJUSTMENT, -200L, "chargeback"));
        assertThat(audit.all()).filteredOn(e -> e.action() == AuditAction.WALLET_ADJUSTED)
                .extracting(e -> e.before() + " -> " + e.after())
                .containsExactly("0 USD -> 500 USD (goodwill)", "500 USD -> 300 USD (chargeback)");
    }

    @Test
    void adjust_bySupportStrangerOrWithoutAReason_isRefusedAndChangesNothing() {
        int lines = audit.count();
        Money five = Money.of(500, Currency.USD);

        for (TelegramUserId forger : new TelegramUserId[] {SAM, EVE}) {
            assertThat(adjust.adjust(new AdjustWalletUseCase.Command(forger, CAROL, five, true, "gift", "f-" + forger)))
                    .isEqualTo(new AdjustWalletUseCase.Refused(AdjustWalletUseCase.Reason.NOT_AN_ADMIN));
        }
        assertThat(adjust.adjust(new AdjustWalletUseCase.Command(OWNER, CAROL, five, true, "  ", "n-1")))
                .isEqualTo(new AdjustWalletUseCase.Refused(AdjustWalletUseCase.Reason.NO_REASON));
        assertThat(adjust.adjust(new AdjustWalletUseCase.Command(OWNER, CAROL, Money.zero(Currency.USD), true, "x", "n-2")))
                .isEqualTo(new AdjustWalletUseCase.Refused(AdjustWalletUseCase.Reason.NOT_POSITIVE));
        assertThat(adjust.adjust(new AdjustWalletUseCase.Command(OWNER, EVE, five, true, "x", "n-3")))
                .isEqualTo(new AdjustWalletUseCase.Refused(AdjustWalletUseCase.Reason.UNKNOWN_CUSTOMER));

        assertThat(ledger.entries(CAROL)).isEmpty();
        assertThat(audit.count()).isEqualTo(lines);
    }
}
