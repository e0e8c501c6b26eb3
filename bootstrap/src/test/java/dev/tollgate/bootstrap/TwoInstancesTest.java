package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tollgate.adapters.xray.testing.V2RayServer;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.ShowJobStatusUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.bootstrap.config.ConfigLoader;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.bootstrap.wiring.LoggingCustomerNotifier;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Two app instances through the real wiring on one PostgreSQL database (jobs only: no bot; one bare V2Ray core as the
 * server). Purchases go through both, each provider callback is delivered to both instances at once (a retry landing
 * on the other instance), unpaid orders are left to the jobs; subscriptions due for an expiry reminder and for an
 * auto-renewal from the wallet are left to the jobs too: nothing is doubled (each reminder told once, each renewal
 * charged once), nothing lost, each job runs once per interval.
 */
class TwoInstancesTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TwoInstancesTest.class);
    private static final int USERS = 6;
    private static final int TOP_UPS_PER_USER = 5;
    private static final Duration JOB_INTERVAL = Duration.ofSeconds(1);
    /** Expires in 4 days: inside the auto-renewal window (5 days), outside every expiry reminder (3 days at most). */
    private static final PlanId RENEWED = new PlanId("renew4");
    /** Expires in 2 days: its 3-day reminder is due at once; it is not renewed automatically. */
    private static final PlanId REMINDED = new PlanId("remind2");
    private static final long PLAN_PRICE = 100;

    @TempDir
    Path work;

    @Test
    void twoInstances_onOnePostgres_doubleNothingLoseNothingAndRunEachJobOncePerInterval() throws Exception {
        // What the jobs tell users goes through the notifier; without a bot it logs one line per notice, counted here.
        ListAppender<ILoggingEvent> notices = new ListAppender<>();
        notices.start();
        Logger notifier = (Logger) LoggerFactory.getLogger(LoggingCustomerNotifier.class);
        notifier.addAppender(notices);
        try (TestDatabase db = TestDatabase.postgres();
             V2RayServer core = V2RayServer.start(Files.createDirectories(work.resolve("core")))) {
            Map<String, String> environment = TestEnvironment.withCore(TestEnvironment.on(db), "core-1", core);
            environment.put("TOLLGATE_ORDER_PAY_WITHIN", "PT1S");
            environment.put("TOLLGATE_JOBS_AUTO_RENEW_WINDOW", "PT120H");
            PlanId[] plans = {RENEWED, REMINDED};
            for (int p = 0; p < plans.length; p++) {
                environment.put("TOLLGATE_PLANS_" + p + "_ID", plans[p].value());
                environment.put("TOLLGATE_PLANS_" + p + "_DURATION", p == 0 ? "4d" : "2d");
                environment.put("TOLLGATE_PLANS_" + p + "_PRICE_XTR", Long.toString(PLAN_PRICE));
                environment.put("TOLLGATE_PLANS_" + p + "_SERVERS", "core-1");
            }
            for (String job : List.of("PENDING_RETRY", "RECONCILE", "PROVISIONING", "LIMITS", "REMINDERS", "AUTO_RENEW",
                    "EXPIRE_ORDERS")) {
                environment.put("TOLLGATE_JOBS_" + job + "_INTERVAL", JOB_INTERVAL.toString());
            }
            Settings settings = new ConfigLoader().load(environment);
            long started = System.nanoTime();
            List<UUID> unpaid = new ArrayList<>();
            try (Application a = Application.start(settings, Clock.systemUTC());
                 Application b = Application.start(settings, Clock.systemUTC())) {
                Application[] instances = {a, b};
                ExecutorService users = Executors.newFixedThreadPool(USERS);
                List<Future<List<UUID>>> results = new ArrayList<>();
                for (int u = 0; u < USERS; u++) {
                    TelegramUserId user = new TelegramUserId(5000 + u);
                    Application mine = instances[u % 2];
                    results.add(users.submit(() -> purchases(user, mine, instances)));
                }
                for (Future<List<UUID>> result : results) {
                    unpaid.addAll(result.get(60, TimeUnit.SECONDS));
                }
                users.shutdown();

                for (int u = 0; u < USERS; u++) {
                    ShowWalletUseCase.View wallet = instances[(u + 1) % 2].injector().getInstance(ShowWalletUseCase.class)
                            .show(new ShowWalletUseCase.Command(new TelegramUserId(5000 + u), 50));
                    assertThat(wallet.balances()).as("wallet of user %d, seen from the other instance", u)
                            .containsExactly(Money.of(100L * TOP_UPS_PER_USER, Currency.XTR));
                }
                // Even users buy the 4-day plan from the wallet and switch auto-renewal on (on the other instance);
                // odd users buy the 2-day plan with Stars, confirmed on both instances. The rest is the jobs' work.
                for (int u = 0; u < USERS; u++) {
                    buyPlan(new TelegramUserId(5000 + u), u % 2 == 0, instances[(u / 2) % 2], instances);
                }
                long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while ((told(notices, "Reminder").size() < USERS / 2 || told(notices, "AutoRenewed").size() < USERS / 2
                        || count(db, "SELECT COUNT(*) FROM orders WHERE kind = 'RENEWAL' AND status = 'FULFILLED'") < USERS / 2)
                        && System.nanoTime() < settle) {
                    Thread.sleep(200);
                }
                // A few more intervals on both instances: a reminder or renewal done twice would show now.
                Thread.sleep(JOB_INTERVAL.multipliedBy(3).toMillis());
                for (int u = 0; u < USERS; u++) {
                    String user = Long.toString(5000 + u);
                    boolean renewed = u % 2 == 0;
                    assertThat(told(notices, "Reminder")).as("expiry reminders to user %s", user)
                            .filteredOn(user::equals).hasSize(renewed ? 0 : 1);
                    assertThat(told(notices, "AutoRenewed")).as("auto-renewal notices to user %s", user)
                            .filteredOn(user::equals).hasSize(renewed ? 1 : 0);
                    ShowWalletUseCase.View wallet = instances[u % 2].injector().getInstance(ShowWalletUseCase.class)
                            .show(new ShowWalletUseCase.Command(new TelegramUserId(5000 + u), 50));
                    assertThat(wallet.balances()).as("wallet of user %s: the plan and one renewal charged, or nothing", user)
                            .containsExactly(Money.of(100L * TOP_UPS_PER_USER - (renewed ? 2 * PLAN_PRICE : 0), Currency.XTR));
                }
                assertThat(count(db, "SELECT COUNT(*) FROM orders WHERE kind = 'RENEWAL'")).as("renewal orders").isEqualTo(USERS / 2);
                assertThat(count(db, "SELECT COUNT(*) FROM orders WHERE kind = 'RENEWAL' AND status = 'FULFILLED'"))
                        .as("renewals delivered to the core").isEqualTo(USERS / 2);
                assertThat(count(db, "SELECT COUNT(*) FROM auto_renew_claims")).isEqualTo(USERS / 2);
                assertThat(count(db, "SELECT COUNT(*) FROM reminder_log")).as("reminders claimed").isEqualTo(USERS / 2);

                // The unpaid orders are expired by whichever instance runs expire-orders (payment window 1 s).
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (count(db, "SELECT COUNT(*) FROM orders WHERE status = 'EXPIRED'") < unpaid.size()
                        && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(count(db, "SELECT COUNT(*) FROM orders WHERE status = 'EXPIRED'")).isEqualTo(unpaid.size());

                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                var status = (ShowJobStatusUseCase.Jobs) a.injector().getInstance(ShowJobStatusUseCase.class)
                        .show(ShowJobStatusUseCase.Command.forMonitoring());
                assertThat(status.jobs()).extracting(state -> state.lastRun().job()).contains("expire-orders", "reminders",
                        "auto-renew", "provisioning");
                long maxRunsOnOneInstanceSchedule = elapsed.toMillis() / JOB_INTERVAL.toMillis() + 1;
                for (JobRuns.State state : status.jobs()) {
                    LOG.info("job {}: {} runs in {} ms on two instances (at most {} on one schedule), last on {}",
                            state.lastRun().job(), state.runs(), elapsed.toMillis(), maxRunsOnOneInstanceSchedule,
                            state.lastRun().instance());
                    assertThat(state.runs()).as("runs of %s in %s (two instances each running it would double it)",
                            state.lastRun().job(), elapsed).isLessThanOrEqualTo(maxRunsOnOneInstanceSchedule);
                    assertThat(state.failures()).as("failures of %s: %s", state.lastRun().job(), state.lastRun().failure()).isZero();
                }
            }
            int topUps = USERS * TOP_UPS_PER_USER;
            int charges = topUps + USERS + USERS / 2;
            assertThat(count(db, "SELECT COUNT(*) FROM payments")).as("one payment per charge: top-ups, plans, renewals")
                    .isEqualTo(charges);
            assertThat(count(db, "SELECT COUNT(*) FROM orders WHERE status = 'FULFILLED'")).isEqualTo(charges);
            assertThat(count(db, "SELECT COUNT(*) FROM scheduled_tasks")).as("one row per job").isEqualTo(10);
            try (Connection connection = DriverManager.getConnection(db.url, db.user, db.password.value());
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT t.task_name, t.version, r.runs FROM scheduled_tasks t JOIN job_runs r ON r.job = t.task_name")) {
                int jobs = 0;
                while (row.next()) {
                    jobs++;
                    // db-scheduler bumps the row's version once to claim a run and once to reschedule it: every run
                    // either instance recorded was one claim of the job's one row, none ran beside it.
                    assertThat(row.getLong(2)).as("claims of %s for %d recorded runs", row.getString(1), row.getLong(3))
                            .isEqualTo(1 + 2 * row.getLong(3));
                }
                assertThat(jobs).isEqualTo(10);
            }
        } finally {
            notifier.detachAppender(notices);
        }
    }

    /** The users the notifier was asked to tell about a notice of this kind, one entry per notice. */
    private static List<String> told(ListAppender<ILoggingEvent> notices, String kind) {
        List<ILoggingEvent> events;
        synchronized (notices) {
            events = new ArrayList<>(notices.list);
        }
        return events.stream().filter(event -> event.getArgumentArray() != null && event.getArgumentArray().length == 2
                        && kind.equals(String.valueOf(event.getArgumentArray()[1])))
                .map(event -> String.valueOf(event.getArgumentArray()[0])).toList();
    }

    /**
     * One plan bought on {@code mine}: from the wallet with auto-renewal then switched on (on the other instance), or
     * with Stars, the charge confirmed on both instances at once. Returns once the subscription is active.
     */
    private static void buyPlan(TelegramUserId user, boolean autoRenewed, Application mine, Application[] both) throws Exception {
        PlanId plan = autoRenewed ? RENEWED : REMINDED;
        var placed = (PlaceOrderUseCase.Placed) mine.injector().getInstance(PlaceOrderUseCase.class)
                .place(PlaceOrderUseCase.Command.purchase(user, plan, Currency.XTR, null, null));
        if (autoRenewed) {
            assertThat(mine.injector().getInstance(PayFromWalletUseCase.class).pay(new PayFromWalletUseCase.Command(user, placed.order())))
                    .isInstanceOf(PayFromWalletUseCase.Paid.class);
        } else {
            var command = new ConfirmPaymentUseCase.Command(placed.order(), PaymentProvider.TELEGRAM_STARS,
                    "plan-charge-" + user.value(), Money.of(PLAN_PRICE, Currency.XTR));
            for (Application instance : both) {
                instance.injector().getInstance(ConfirmPaymentUseCase.class).confirm(command);
            }
        }
        Application other = both[0] == mine ? both[1] : both[0];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        AccessDetails access;
        do {
            Thread.sleep(100);
            access = other.injector().getInstance(ListSubscriptionsUseCase.class).list(new ListSubscriptionsUseCase.Command(user))
                    .stream().findFirst().orElse(null);
        } while ((access == null || access.status() != SubscriptionStatus.ACTIVE) && System.nanoTime() < deadline);
        assertThat(access).as("the subscription of user %d", user.value()).isNotNull();
        assertThat(access.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        if (autoRenewed) {
            assertThat(other.injector().getInstance(ChangeAutoRenewUseCase.class)
                    .change(new ChangeAutoRenewUseCase.Command(user, access.subscription(), true)))
                    .isEqualTo(new ChangeAutoRenewUseCase.Changed(true));
        }
    }

    /** Top-ups placed on the user's instance, each charge confirmed on both instances at once; one order left unpaid. */
    private static List<UUID> purchases(TelegramUserId user, Application mine, Application[] both) throws Exception {
        mine.injector().getInstance(RegisterContactUseCase.class).register(new RegisterContactUseCase.Command(user, "en"));
        PlaceOrderUseCase orders = mine.injector().getInstance(PlaceOrderUseCase.class);
        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < TOP_UPS_PER_USER; i++) {
                Money amount = Money.of(100, Currency.XTR);
                var placed = (PlaceOrderUseCase.Placed) orders.place(PlaceOrderUseCase.Command.topUp(user, amount));
                var command = new ConfirmPaymentUseCase.Command(placed.order(), PaymentProvider.TELEGRAM_STARS,
                        "charge-" + user.value() + "-" + i, amount);
                List<Future<ConfirmPaymentUseCase.Result>> delivered = new ArrayList<>();
                for (Application instance : both) {
                    delivered.add(callbacks.submit(() -> instance.injector().getInstance(ConfirmPaymentUseCase.class).confirm(command)));
                }
                int paid = 0;
                for (Future<ConfirmPaymentUseCase.Result> result : delivered) {
                    ConfirmPaymentUseCase.Result outcome = result.get(30, TimeUnit.SECONDS);
                    assertThat(outcome).isInstanceOfAny(ConfirmPaymentUseCase.Paid.class, ConfirmPaymentUseCase.AlreadyRecorded.class);
                    paid += outcome instanceof ConfirmPaymentUseCase.Paid ? 1 : 0;
                }
                assertThat(paid).as("the same charge delivered to both instances is paid once").isEqualTo(1);
            }
            var left = (PlaceOrderUseCase.Placed) orders.place(PlaceOrderUseCase.Command.topUp(user, Money.of(100, Currency.XTR)));
            return List.of(left.order().value());
        } finally {
            callbacks.shutdown();
        }
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.url, db.user, db.password.value());
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
