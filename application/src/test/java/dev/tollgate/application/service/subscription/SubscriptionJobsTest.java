package dev.tollgate.application.service.subscription;

import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.AutoRenewSubscriptionsUseCase;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.EnforceSubscriptionLimitsUseCase;
import dev.tollgate.application.port.in.SendRemindersUseCase;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.reminder.ReminderKind;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionJobsTest {

    private final TestCore f = new TestCore();
    private final TelegramUserId alice = f.contact(1001);

    private String email(SubscriptionId id) {
        return f.subscription(id).credential().email();
    }

    @Test
    void enforce_onAPanelThatListsUsage_readsItOnceForEverySubscriptionAndStoresEach() {
        TelegramUserId bob = f.contact(1002);
        TelegramUserId carol = f.contact(1003);
        SubscriptionId a = f.buyMonth(alice);
        SubscriptionId b = f.buyMonth(bob);
        SubscriptionId c = f.buyMonth(carol);
        f.panel.addTraffic(email(a), 10, 1_000);
        f.panel.addTraffic(email(b), 20, 2_000);
        int before = f.panel.usageListings();

        f.enforceLimits.enforce();

        assertThat(f.panel.usageListings() - before).as("one listing for three subscriptions").isEqualTo(1);
        assertThat(f.subscription(a).trafficUsed()).isEqualTo(DataSize.ofBytes(1_010));
        assertThat(f.subscription(b).trafficUsed()).isEqualTo(DataSize.ofBytes(2_020));
        assertThat(f.subscription(c).trafficUsed()).isEqualTo(DataSize.ZERO);
        assertThat(f.usageRecords.totals(java.util.List.of(a)).get(a))
                .isEqualTo(new dev.tollgate.application.port.out.TrafficUsage(DataSize.ofBytes(10), DataSize.ofBytes(1_000)));
    }

    @Test
    void syncUsage_whenThePanelIsDown_keepsTheLastRecordAndSaysSo() {
        SubscriptionId id = f.buyMonth(alice);
        f.panel.addTraffic(email(id), 5, 50);
        f.syncUsage.sync();
        f.panel.goDown();

        var result = f.syncUsage.sync();

        assertThat(result.serversFailed()).isEqualTo(1);
        assertThat(f.usageRecords.totals(java.util.List.of(id)).get(id).total()).isEqualTo(DataSize.ofBytes(55));
    }

    @Test
    void enforce_whenTermIsOver_disablesOnThePanelAndExpires() {
        SubscriptionId id = f.buyMonth(alice);
        f.clock.advance(Duration.ofDays(30));

        assertThat(f.enforceLimits.enforce()).isEqualTo(new EnforceSubscriptionLimitsUseCase.Result(1, 1, 0, 0));

        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(f.panel.client(email(id)).orElseThrow().enabled()).isFalse();
        assertThat(f.notifier.sent(Notice.AccessSuspended.class)).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo(Notice.SuspensionReason.EXPIRED));
    }

    @Test
    void enforce_whenQuotaIsUsedUp_limitsAndDisables() {
        SubscriptionId id = f.buyMonth(alice);
        f.panel.addTraffic(email(id), DataSize.ofGibibytes(20).bytes(), DataSize.ofGibibytes(30).bytes());

        assertThat(f.enforceLimits.enforce()).isEqualTo(new EnforceSubscriptionLimitsUseCase.Result(1, 0, 1, 0));

        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.LIMITED);
        assertThat(f.subscription(id).trafficUsed()).isEqualTo(DataSize.ofGibibytes(50));
        assertThat(f.panel.client(email(id)).orElseThrow().enabled()).isFalse();
    }

    @Test
    void enforce_whenPanelIsDown_changesNothingAndCountsTheError() {
        SubscriptionId id = f.buyMonth(alice);
        f.clock.advance(Duration.ofDays(31));
        f.panel.goDown();

        assertThat(f.enforceLimits.enforce().panelErrors()).isEqualTo(1);
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);

        f.panel.comeBack();
        assertThat(f.enforceLimits.enforce().expired()).isEqualTo(1);
    }

    @Test
    void enforce_startOnFirstUse_startsTheTermAtTheFirstTrafficSeen() {
        PlanId lazy = new PlanId("lazy");
        f.plans.insert(Plan.create(lazy, "Lazy", new PlanTerms(lazy, Duration.ofDays(7), DataSize.ofGibibytes(5), 1,
                        true, RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, xtr(50)),
                Set.of(new ServerId("de-1")), Set.of(), f.clock.instant()));
        var order = f.place(dev.tollgate.application.port.in.PlaceOrderUseCase.Command.purchase(alice, lazy,
                Currency.XTR, null, null));
        f.pay(order, xtr(50));
        SubscriptionId id = f.orders.findById(order).orElseThrow().subscription().orElseThrow();
        assertThat(f.subscription(id).expiresAt()).isEmpty();
        assertThat(f.panel.client(email(id)).orElseThrow().delayedStart()).contains(Duration.ofDays(7));

        f.clock.advance(Duration.ofDays(10));
        f.enforceLimits.enforce();
        assertThat(f.subscription(id).expiresAt()).isEmpty();

        f.panel.addTraffic(email(id), 1_000, 5_000);
        f.enforceLimits.enforce();
        assertThat(f.subscription(id).expiresAt()).contains(f.clock.instant().plus(Duration.ofDays(7)));
        assertThat(f.subscription(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void reminders_areSentOnceEachAsExpiryApproaches() {
        SubscriptionId id = f.buyMonth(alice);

        f.clock.advance(Duration.ofDays(26));
        assertThat(f.sendReminders.send()).isEqualTo(new SendRemindersUseCase.Result(0, 0));
        f.clock.advance(Duration.ofDays(1));
        assertThat(f.sendReminders.send()).isEqualTo(new SendRemindersUseCase.Result(1, 0));
        assertThat(f.sendReminders.send()).isEqualTo(new SendRemindersUseCase.Result(0, 0));
        f.clock.advance(Duration.ofDays(2));
        assertThat(f.sendReminders.send().sent()).isEqualTo(1);
        f.clock.advance(Duration.ofHours(22));
        assertThat(f.sendReminders.send().sent()).isEqualTo(1);
        assertThat(f.sendReminders.send().sent()).isZero();

        assertThat(f.notifier.sent(Notice.Reminder.class)).extracting(Notice.Reminder::kind).containsExactly(
                ReminderKind.EXPIRES_IN_3_DAYS, ReminderKind.EXPIRES_IN_24_HOURS, ReminderKind.EXPIRES_IN_3_HOURS);
        assertThat(f.notifier.sent(Notice.Reminder.class)).allSatisfy(r -> assertThat(r.subscription()).isEqualTo(id));
    }

    @Test
    void reminders_atEightyAndNinetyFivePercentTraffic_areSentOnceEach() {
        SubscriptionId id = f.buyMonth(alice);
        f.panel.addTraffic(email(id), 0, DataSize.ofGibibytes(40).bytes());
        f.enforceLimits.enforce();
        f.sendReminders.send();
        f.sendReminders.send();
        f.panel.addTraffic(email(id), 0, DataSize.ofGibibytes(8).bytes());
        f.enforceLimits.enforce();
        f.sendReminders.send();

        assertThat(f.notifier.sent(Notice.Reminder.class)).extracting(Notice.Reminder::kind)
                .containsExactly(ReminderKind.TRAFFIC_80_PERCENT, ReminderKind.TRAFFIC_95_PERCENT);
        assertThat(f.notifier.sent(Notice.Reminder.class).get(1).trafficLeft()).isEqualTo(DataSize.ofGibibytes(2));
    }

    @Test
    void reminders_whenDeliveryFails_areRetriedByTheNextRun() {
        f.buyMonth(alice);
        f.clock.advance(Duration.ofDays(29));
        f.notifier.failNext();

        assertThat(f.sendReminders.send()).isEqualTo(new SendRemindersUseCase.Result(0, 1));
        assertThat(f.sendReminders.send()).isEqualTo(new SendRemindersUseCase.Result(1, 0));
    }

    @Test
    void reminders_twoOverlappingRuns_sendEachReminderOnce() {
        f.buyMonth(alice);
        f.clock.advance(Duration.ofDays(29));
        SendRemindersService other = new SendRemindersService(f.subscriptions,
                new dev.tollgate.application.fakes.InMemoryDueReminders(f.subscriptions, f.reminderLog), f.reminderLog,
                f.transactions, f.notices, f.clock);

        int sent = f.sendReminders.send().sent() + other.send().sent();

        assertThat(sent).isEqualTo(1);
        assertThat(f.notifier.sent(Notice.Reminder.class)).hasSize(1);
    }

    @Test
    void autoRenew_whenEnabledAndCovered_renewsFromTheWalletOncePerPeriod() {
        SubscriptionId id = f.buyMonth(alice);
        f.topUp(alice, 600);
        f.changeAutoRenew.change(new ChangeAutoRenewUseCase.Command(alice, id, true));
        Instant paidUntil = f.subscription(id).expiresAt().orElseThrow();
        f.clock.advance(Duration.ofDays(29));
        AutoRenewSubscriptionsService overlapping = new AutoRenewSubscriptionsService(f.subscriptions, f.plans,
                f.orders, f.payments, f.ledger, f.autoRenewClaims, f.reminderLog, f.settlement, f.transactions,
                f.notices, f.clock);
        AutoRenewSubscriptionsUseCase.Command window = new AutoRenewSubscriptionsUseCase.Command(Duration.ofDays(2));

        var first = f.autoRenew.renew(window);
        var second = overlapping.renew(window);

        assertThat(first.renewed() + second.renewed()).isEqualTo(1);
        assertThat(f.balance(alice)).isEqualTo(xtr(350));
        Subscription renewed = f.subscription(id);
        assertThat(renewed.expiresAt()).contains(paidUntil.plus(Duration.ofDays(30)));
        assertThat(f.notifier.sent(Notice.AutoRenewed.class)).hasSize(1);
        assertThat(f.autoRenew.renew(window).renewed()).isZero();
        assertThat(f.balance(alice)).isEqualTo(xtr(350));
    }

    @Test
    void autoRenew_whenWalletIsShort_chargesNothingAndTellsTheUserOncePerPeriod() {
        SubscriptionId id = f.buyMonth(alice);
        f.topUp(alice, 100);
        f.changeAutoRenew.change(new ChangeAutoRenewUseCase.Command(alice, id, true));
        f.clock.advance(Duration.ofDays(29));
        AutoRenewSubscriptionsUseCase.Command window = new AutoRenewSubscriptionsUseCase.Command(Duration.ofDays(2));

        assertThat(f.autoRenew.renew(window)).isEqualTo(new AutoRenewSubscriptionsUseCase.Result(0, 1));
        f.autoRenew.renew(window);

        assertThat(f.balance(alice)).isEqualTo(xtr(100));
        assertThat(f.notifier.sent(Notice.AutoRenewUnaffordable.class)).hasSize(1);
    }

    @Test
    void autoRenew_whenNotEnabled_doesNothing() {
        f.buyMonth(alice);
        f.topUp(alice, 600);
        f.clock.advance(Duration.ofDays(29));

        assertThat(f.autoRenew.renew(new AutoRenewSubscriptionsUseCase.Command(Duration.ofDays(2))))
                .isEqualTo(new AutoRenewSubscriptionsUseCase.Result(0, 0));
        assertThat(f.balance(alice)).isEqualTo(xtr(600));
    }

    @Test
    void changeAutoRenew_onATrial_isRefused() {
        var trial = f.claimTrial.claim(new dev.tollgate.application.port.in.ClaimTrialUseCase.Command(alice));
        SubscriptionId id = ((dev.tollgate.application.port.in.ClaimTrialUseCase.Activated) trial).access().subscription();

        assertThat(f.changeAutoRenew.change(new ChangeAutoRenewUseCase.Command(alice, id, true)))
                .isEqualTo(new ChangeAutoRenewUseCase.Refused(ChangeAutoRenewUseCase.Reason.NOT_RENEWABLE));
    }

    @Test
    void showWallet_listsBalancesLatestLinesAndTheReferralCode() {
        f.topUp(alice, 100);
        f.topUp(alice, 20);
        f.ledger.wallet(alice, Currency.USD);

        var view = f.showWallet.show(new dev.tollgate.application.port.in.ShowWalletUseCase.Command(alice, 1));

        assertThat(view.balances()).containsExactly(xtr(120));
        assertThat(view.latest()).singleElement().satisfies(e -> assertThat(e.amount()).isEqualTo(xtr(20)));
        assertThat(view.referralCode().referrer()).isEqualTo(alice);
        assertThat(Money.zero(Currency.USD).isZero()).isTrue();
    }
}
