package dev.tollgate.application.service.admin;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryCustomerSearch;
import dev.tollgate.application.port.in.BanCustomerUseCase;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.FindCustomerUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.ResetTrafficUseCase;
import dev.tollgate.application.port.in.SuspendAccessUseCase;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.application.service.staff.BanCustomerService;
import dev.tollgate.application.service.staff.FindCustomerService;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerModerationTest {

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1001);
    private final BanCustomerService bans = new BanCustomerService(f.admins, f.customers, f.auditLog, f.transactions,
            f.clock);

    @Test
    void suspend_thenResume_disablesTheClientAndGivesTheSuspendedTimeBack() {
        SubscriptionId id = f.buyMonth(alice);
        Instant expiry = f.subscription(id).expiresAt().orElseThrow();
        f.clock.advance(Duration.ofDays(5));

        assertThat(f.accessControl.change(new SuspendAccessUseCase.Command(ADMIN, id, true)))
                .isInstanceOf(SuspendAccessUseCase.Changed.class);
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.SUSPENDED);
        assertThat(enabledOnPanel(id)).isFalse();

        f.clock.advance(Duration.ofDays(40));
        f.enforceLimits.enforce();
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.SUSPENDED);

        assertThat(f.accessControl.change(new SuspendAccessUseCase.Command(ADMIN, id, false)))
                .isEqualTo(new SuspendAccessUseCase.Changed(false, expiry.plus(Duration.ofDays(40))));
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(f.subscription(id).expiresAt()).contains(expiry.plus(Duration.ofDays(40)));
        assertThat(enabledOnPanel(id)).isTrue();
        assertThat(f.panel.client(f.subscription(id).credential().email()).orElseThrow().expiresAt())
                .isEqualTo(expiry.plus(Duration.ofDays(40)));
        assertThat(f.auditLog.all()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ACCESS_SUSPENDED, AuditAction.ACCESS_RESUMED);        assertThat(f.notifier.sent(Notice.AccessSuspended.class))
                .containsExactly(new Notice.AccessSuspended(id, Notice.SuspensionReason.SUSPENDED_BY_SHOP));
        assertThat(f.notifier.sent().get(f.notifier.sent().size() - 1).notice()).isInstanceOf(Notice.AccessGranted.class);
    }

    @Test
    void suspend_pressedTwice_isUnchangedTheSecondTimeAndAuditedOnce() {
        SubscriptionId id = f.buyMonth(alice);

        f.accessControl.change(new SuspendAccessUseCase.Command(ADMIN, id, true));
        assertThat(f.accessControl.change(new SuspendAccessUseCase.Command(ADMIN, id, true)))
                .isEqualTo(new SuspendAccessUseCase.Unchanged(true));
        assertThat(f.accessControl.change(new SuspendAccessUseCase.Command(ADMIN, id, false)))
                .isInstanceOf(SuspendAccessUseCase.Changed.class);
        assertThat(f.accessControl.change(new SuspendAccessUseCase.Command(ADMIN, id, false)))
                .isEqualTo(new SuspendAccessUseCase.Unchanged(false));

        assertThat(f.auditLog.count()).isEqualTo(2);
    }

    @Test
    void suspend_whileThePanelIsDown_isRefusedAndNothingIsStored() {
        SubscriptionId id = f.buyMonth(alice);
        f.panel.goDown();

        assertThat(f.accessControl.change(new SuspendAccessUseCase.Command(ADMIN, id, true)))
                .isEqualTo(new SuspendAccessUseCase.Refused(SuspendAccessUseCase.Reason.PANEL_UNAVAILABLE));

        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(f.auditLog.count()).isZero();
    }

    @Test
    void moderation_byANonAdmin_isRefusedWithNothingChangedAndNoAuditLine() {
        SubscriptionId id = f.buyMonth(alice);
        TelegramUserId bob = f.contact(1002);

        assertThat(f.accessControl.change(new SuspendAccessUseCase.Command(alice, id, true)))
                .isEqualTo(new SuspendAccessUseCase.Refused(SuspendAccessUseCase.Reason.NOT_AN_ADMIN));
        assertThat(f.accessControl.reset(new ResetTrafficUseCase.Command(alice, id)))
                .isEqualTo(new ResetTrafficUseCase.Refused(ResetTrafficUseCase.Reason.NOT_AN_ADMIN));
        assertThat(bans.change(new BanCustomerUseCase.Command(alice, bob, true)))
                .isEqualTo(new BanCustomerUseCase.Refused(BanCustomerUseCase.Reason.NOT_AN_ADMIN));

        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(enabledOnPanel(id)).isTrue();
        assertThat(f.customers.findById(bob).orElseThrow().banned()).isFalse();
        assertThat(f.auditLog.count()).isZero();
    }

    @Test
    void resetTraffic_ofASubscriptionCutForItsQuota_zeroesPanelAndStoredUsageAndSwitchesItOn() {
        SubscriptionId id = f.buyMonth(alice);
        String email = f.subscription(id).credential().email();
        f.panel.addTraffic(email, 0, DataSize.ofGibibytes(51).bytes());
        f.enforceLimits.enforce();
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.LIMITED);
        assertThat(enabledOnPanel(id)).isFalse();

        assertThat(f.accessControl.reset(new ResetTrafficUseCase.Command(ADMIN, id)))
                .isEqualTo(new ResetTrafficUseCase.Reset(true));

        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(f.subscription(id).trafficUsed()).isEqualTo(DataSize.ZERO);
        assertThat(enabledOnPanel(id)).isTrue();
        assertThat(f.panel.usage(f.panel.client(email).orElseThrow())).isEqualTo(TrafficUsage.NONE);
        assertThat(f.usageRecords.totals(List.of(id)).get(id)).isEqualTo(TrafficUsage.NONE);
        f.enforceLimits.enforce();
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(f.auditLog.all()).extracting(AuditEntry::action).containsExactly(AuditAction.TRAFFIC_RESET);
    }

    @Test
    void ban_refusesTrialOrderAndQuoteUntilLifted() {
        ClaimTrialUseCase trials = f.bans.claimTrial(f.claimTrial);
        PlaceOrderUseCase orders = f.bans.placeOrder(f.placeOrder);
        QuoteOrderUseCase quotes = f.bans.quoteOrder(f.quoteOrder);
        PlaceOrderUseCase.Command purchase = PlaceOrderUseCase.Command.purchase(alice, MONTH, Currency.XTR, null, null);

        assertThat(bans.change(new BanCustomerUseCase.Command(ADMIN, alice, true)))
                .isEqualTo(new BanCustomerUseCase.Changed(true));
        assertThat(bans.change(new BanCustomerUseCase.Command(ADMIN, alice, true)))
                .isEqualTo(new BanCustomerUseCase.Unchanged(true));

        assertThat(trials.claim(new ClaimTrialUseCase.Command(alice)))
                .isEqualTo(new ClaimTrialUseCase.Refused(ClaimTrialUseCase.Reason.BANNED));
        assertThat(orders.place(purchase)).isEqualTo(new PlaceOrderUseCase.Refused(PlaceOrderUseCase.Reason.BANNED));
        assertThat(quotes.quote(purchase)).isEqualTo(new QuoteOrderUseCase.Refused(PlaceOrderUseCase.Reason.BANNED));
        assertThat(f.subscriptions.findByOwner(alice)).isEmpty();
        assertThat(f.orders.findByCustomer(alice)).isEmpty();
        assertThat(f.registerContact.register(new RegisterContactUseCase.Command(alice, "en")).banned()).isTrue();

        assertThat(bans.change(new BanCustomerUseCase.Command(ADMIN, alice, false)))
                .isEqualTo(new BanCustomerUseCase.Changed(false));
        assertThat(orders.place(purchase)).isInstanceOf(PlaceOrderUseCase.Placed.class);
        assertThat(trials.claim(new ClaimTrialUseCase.Command(f.contact(1003)))).isNotInstanceOf(ClaimTrialUseCase.Refused.class);
        assertThat(f.auditLog.all()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CUSTOMER_BANNED, AuditAction.CUSTOMER_UNBANNED);
    }

    @Test
    void ban_ofAStaffMemberOrAnUnknownUser_isRefused() {
        assertThat(bans.change(new BanCustomerUseCase.Command(ADMIN, ADMIN, true)))
                .isEqualTo(new BanCustomerUseCase.Refused(BanCustomerUseCase.Reason.STAFF_MEMBER));
        assertThat(bans.change(new BanCustomerUseCase.Command(ADMIN, new TelegramUserId(4242), true)))
                .isEqualTo(new BanCustomerUseCase.Refused(BanCustomerUseCase.Reason.UNKNOWN_CUSTOMER));
        assertThat(f.auditLog.count()).isZero();
    }

    @Test
    void registerContact_keepsTheTelegramProfileInStep_andStaffFindTheCustomerByIt() {
        FindCustomerService find = new FindCustomerService(f.admins,
                new InMemoryCustomerSearch(f.customers, f.orders, f.subscriptions), f.customers);
        f.registerContact.register(new RegisterContactUseCase.Command(alice, "en", null,
                new Customer.Profile("@Alice_W", "Alice", "Walker")));
        assertThat(found(find, "alice_w")).containsExactly(alice);
        assertThat(found(find, "@ALICE")).containsExactly(alice);
        assertThat(found(find, "ice walk")).containsExactly(alice);

        f.registerContact.register(new RegisterContactUseCase.Command(alice, "en", null,
                new Customer.Profile("awalker", "Ali", null)));
        assertThat(f.customers.findById(alice).orElseThrow().profile())
                .isEqualTo(new Customer.Profile("awalker", "Ali", null));
        assertThat(found(find, "alice_w")).isEmpty();
        assertThat(found(find, "Ali")).containsExactly(alice);
        assertThat(found(find, "walker")).containsExactly(alice);
    }

    @Test
    void find_withMoreMatchesThanAPage_pagesThroughThemAll() {
        FindCustomerService find = new FindCustomerService(f.admins,
                new InMemoryCustomerSearch(f.customers, f.orders, f.subscriptions), f.customers);
        for (int i = 0; i < 23; i++) {
            f.registerContact.register(new RegisterContactUseCase.Command(new TelegramUserId(5000 + i), "fa", null,
                    new Customer.Profile(null, "Reza " + i, null)));
        }
        FindCustomerUseCase.Found first = (FindCustomerUseCase.Found) find.find(new FindCustomerUseCase.Command(ADMIN, "reza"));
        FindCustomerUseCase.Found third = (FindCustomerUseCase.Found) find.find(new FindCustomerUseCase.Command(ADMIN, "reza", 2));

        assertThat(first.matches()).hasSize(FindCustomerUseCase.LIMIT);
        assertThat(first.more()).isTrue();
        assertThat(first.matches().get(0).profile().firstName()).isEqualTo("Reza 0");
        assertThat(third.customers()).hasSize(3).first().isEqualTo(new TelegramUserId(5020));
        assertThat(third.more()).isFalse();
    }

    private List<TelegramUserId> found(FindCustomerService find, String query) {
        return ((FindCustomerUseCase.Found) find.find(new FindCustomerUseCase.Command(ADMIN, query))).customers();
    }

    private boolean enabledOnPanel(SubscriptionId id) {
        return f.panel.client(f.subscription(id).credential().email()).map(PanelClient::enabled).orElse(false);
    }
}
