package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.ShowJobStatusUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two app instances through the real wiring on one PostgreSQL database (jobs only: no bot, no panels). Purchases go
 * through both, each provider callback is delivered to both instances at once (a retry landing on the other
 * instance), unpaid orders are left to the jobs: nothing is doubled, nothing lost, each job runs once per interval.
 */
class TwoInstancesTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TwoInstancesTest.class);
    private static final int USERS = 6;
    private static final int TOP_UPS_PER_USER = 5;
    private static final Duration JOB_INTERVAL = Duration.ofSeconds(1);

    @Test
    void twoInstances_onOnePostgres_doubleNothingLoseNothingAndRunEachJobOncePerInterval() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Map<String, String> environment = new HashMap<>();
            environment.put("TOLLGATE_DB_URL", db.url);
            environment.put("TOLLGATE_DB_USER", db.user);
            environment.put("TOLLGATE_DB_PASSWORD", db.password.value());
            environment.put("TOLLGATE_SECRET_KEY", TestDatabase.TEST_KEY.value());
            environment.put("TOLLGATE_HTTP_PORT", "0");
            environment.put("TOLLGATE_ORDER_PAY_WITHIN", "PT1S");
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
            assertThat(count(db, "SELECT COUNT(*) FROM payments")).as("one payment per charge").isEqualTo(topUps);
            assertThat(count(db, "SELECT COUNT(*) FROM orders WHERE status = 'FULFILLED'")).isEqualTo(topUps);
            assertThat(count(db, "SELECT COUNT(*) FROM scheduled_tasks")).as("one row per job").isEqualTo(7);
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
                assertThat(jobs).isEqualTo(7);
            }
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
